"""machine mail: content-digest de-duplication, automatic-reply caps

- inbound_messages.message_key becomes a digest of the content (bot.intake.message_key): existing
  rows are re-keyed from their stored bytes, so a mail seen before the upgrade is still a duplicate;
  an index on (authority, mailbox, message_id) finds a reused Message-ID.
- outbox.reply_to: the sender an automatic reply answers, counted by the per-recipient caps.
- an index on requests (authority, sender, created_at) for the requests-per-sender cap.

Revision ID: 0002_machinemail
Revises: 0002_websend
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_machinemail'
down_revision = '0002_websend'
branch_labels = None
depends_on = None


def _rekey() -> None:
    from bot.intake import message_key  # the one definition of the key: a copy here could drift

    conn = op.get_bind()
    t = sa.table("inbound_messages", sa.column("id", sa.Integer), sa.column("authority", sa.String),
                 sa.column("mailbox", sa.String), sa.column("message_key", sa.String), sa.column("raw", sa.LargeBinary))
    ids = [r.id for r in conn.execute(sa.select(t.c.id).order_by(t.c.id))]
    taken = set()
    for i in ids:  # one row at a time: a stored message may be 50 MB
        row = conn.execute(sa.select(t.c.authority, t.c.mailbox, t.c.raw).where(t.c.id == i)).first()
        key = message_key(bytes(row.raw))
        if (row.authority, row.mailbox, key) in taken:
            continue  # the same content stored twice under the old keys: the first keeps the new key
        taken.add((row.authority, row.mailbox, key))
        conn.execute(sa.update(t).where(t.c.id == i).values(message_key=key))


def upgrade():
    with op.batch_alter_table('outbox') as b:
        b.add_column(sa.Column('reply_to', sa.String(length=320), nullable=True))
        b.create_index('ix_outbox_reply_to', ['reply_to', 'created_at'], unique=False)
    with op.batch_alter_table('inbound_messages') as b:
        b.create_index('ix_inbound_message_id', ['authority', 'mailbox', 'message_id'], unique=False)
    with op.batch_alter_table('requests') as b:
        b.create_index('ix_requests_sender_created', ['authority', 'sender', 'created_at'], unique=False)
    _rekey()


def downgrade():
    # the digest keys stay: the old Message-ID keys cannot be told apart from them afterwards, and
    # a digest key still de-duplicates
    with op.batch_alter_table('requests') as b:
        b.drop_index('ix_requests_sender_created')
    with op.batch_alter_table('inbound_messages') as b:
        b.drop_index('ix_inbound_message_id')
    with op.batch_alter_table('outbox') as b:
        b.drop_index('ix_outbox_reply_to')
        b.drop_column('reply_to')
