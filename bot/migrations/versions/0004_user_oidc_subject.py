"""users.oidc_subject: the identity provider's stable id of an account that signs in with it (issue 19)

Revision ID: 0004_user_oidc_subject
Revises: 0003_booking_join_url

Nullable: local accounts (user name and password) have none.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_user_oidc_subject'
down_revision = '0003_booking_join_url'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('oidc_subject', sa.String(length=255), nullable=True))
        batch.create_unique_constraint('uq_users_oidc_subject', ['oidc_subject'])


def downgrade():
    with op.batch_alter_table('users') as batch:
        batch.drop_constraint('uq_users_oidc_subject', type_='unique')
        batch.drop_column('oidc_subject')
