"""outbox: partial indexes on the rows waiting to be sent and the rows being sent (issue 21)

The sender asks, for every message, for the next row to send (``state`` pending or unsure, urgent
first, then oldest) and for the leases that ran out (``state`` sending or checking); the daemon
asks when the next one falls due. On ``ix_outbox_due`` (state, priority, next_attempt_at) those
questions read an index entry for every row ever sent since the table was last vacuumed: each
row's move from pending to sending to sent leaves its old entries behind, so on PostgreSQL the
claim scanned 3,833 entries and 826 table pages to find nothing, after a 3,000-message backlog,
and a backlog slowed as it went. These two indexes hold only the rows in those states, in the
order the questions ask, so each answer is read from the first live entry whatever the table's
size.

Revision ID: 0006_outbox_waiting_indexes
Revises: 0005_child_age_years
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_outbox_waiting_indexes'
down_revision = '0005_child_age_years'
branch_labels = None
depends_on = None

WAITING = sa.text("state IN ('pending', 'unsure')")
LEASED = sa.text("state IN ('sending', 'checking')")


def upgrade():
    op.create_index('ix_outbox_waiting', 'outbox', ['priority', 'created_at', 'id'], unique=False,
                    postgresql_where=WAITING, sqlite_where=WAITING)
    op.create_index('ix_outbox_waiting_due', 'outbox', ['next_attempt_at'], unique=False,
                    postgresql_where=WAITING, sqlite_where=WAITING)
    op.create_index('ix_outbox_leased', 'outbox', ['next_attempt_at'], unique=False,
                    postgresql_where=LEASED, sqlite_where=LEASED)


def downgrade():
    op.drop_index('ix_outbox_leased', table_name='outbox')
    op.drop_index('ix_outbox_waiting_due', table_name='outbox')
    op.drop_index('ix_outbox_waiting', table_name='outbox')
