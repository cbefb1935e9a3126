"""request references that cannot be guessed, and who was copied on a request

Revision ID: 0002_senders
Revises: 0001

``requests.ref`` holds the reference (bot/references.py); requests opened before it keep none and
answer to their old ``SB-<authority>-<n>`` form. ``requests.copied`` lists the addresses copied on
the mail that opened a request: they are on its thread and may add to it.
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_senders'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('requests') as batch:
        batch.add_column(sa.Column('ref', sa.String(length=32), nullable=True))
        batch.add_column(sa.Column('copied', sa.JSON(), nullable=True))
        batch.create_unique_constraint('uq_request_reference', ['ref'])


def downgrade():
    with op.batch_alter_table('requests') as batch:
        batch.drop_constraint('uq_request_reference', type_='unique')
        batch.drop_column('copied')
        batch.drop_column('ref')
