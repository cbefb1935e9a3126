"""children.age_years: the age stated in a request that gives no date of birth (issue 16)

Revision ID: 0005_child_age_years
Revises: 0004_user_oidc_subject

Nullable: most children have a date of birth, and rows written before this have no stated age.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_child_age_years'
down_revision = '0004_user_oidc_subject'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('children') as batch:
        batch.add_column(sa.Column('age_years', sa.Integer(), nullable=True))


def downgrade():
    with op.batch_alter_table('children') as batch:
        batch.drop_column('age_years')
