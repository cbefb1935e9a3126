"""bookings.join_url: the Teams joining link of a meeting made in a Microsoft 365 calendar (issue 19)

Revision ID: 0003_booking_join_url
Revises: 0002_machinemail

Nullable: bookings made before, and meetings that are not Teams meetings, have none.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_booking_join_url'
down_revision = '0002_machinemail'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('bookings') as batch:
        batch.add_column(sa.Column('join_url', sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table('bookings') as batch:
        batch.drop_column('join_url')
