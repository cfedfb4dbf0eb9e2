-- Full-text index of the rendered support guides, rebuilt from the
-- templates and plans, so support can search every guide at once.

-- +goose Up
CREATE VIRTUAL TABLE support_index USING fts5(
    release UNINDEXED,
    phase UNINDEXED,
    template UNINDEXED,
    title,
    body,
    tokenize = 'porter unicode61'
);

-- +goose Down
DROP TABLE support_index;
