"""outbox and inbound: indexes a backlog's questions can use whatever the tables hold (issue 21)

A 6,000-message backlog on SQLite cost intake 23 ms of CPU a message at the start and 43 ms at the
end, with the same statements a message. Three questions read more as the tables grew:

* the sender's claim (the next row to send, urgent first, then oldest) was answered from
  ``ix_outbox_due`` (state, priority, next_attempt_at): SQLite, with no statistics, took the equality
  on ``state`` as selective, read every waiting row and sorted them, 0.5 ms with 229 rows waiting and
  14 ms with 4,538. Without that index the planner reads the partial index ``ix_outbox_waiting`` in
  the order asked and stops at the first row due. Nothing else needs it: the health probe's counts
  ask for the waiting, the leased and the failed rows by their own partial indexes.
* a reply to a reminder or an escalation is matched to the outbox row it answers by Message-ID,
  which had no index: a scan of every row ever sent.
* (the store's lookup of a message by its key or its Message-ID is mended in ``bot.intake``: an OR
  over two columns read the mailbox's every row; each side now reads its own index.)

Revision ID: 0007_outbox_by_state_message_id
Revises: 0006_outbox_waiting_indexes
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_outbox_by_state_message_id'
down_revision = '0006_outbox_waiting_indexes'
branch_labels = None
depends_on = None

FAILED = sa.text("state IN ('failed')")


def upgrade():
    op.drop_index('ix_outbox_due', table_name='outbox')
    op.create_index('ix_outbox_failed', 'outbox', ['id'], unique=False,
                    postgresql_where=FAILED, sqlite_where=FAILED)
    op.create_index('ix_outbox_message_id', 'outbox', ['message_id'], unique=False)


def downgrade():
    op.drop_index('ix_outbox_message_id', table_name='outbox')
    op.drop_index('ix_outbox_failed', table_name='outbox')
    op.create_index('ix_outbox_due', 'outbox', ['state', 'priority', 'next_attempt_at'], unique=False)
