-- Archived monthly reports, in versions like analyses: scope is '' for the
-- internal report, 'customer:NAME' for a customer's external one.
CREATE TABLE monthly_reports (
    month      TEXT    NOT NULL,
    scope      TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    created_at TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    markdown   TEXT    NOT NULL,
    figures    BLOB    NOT NULL,
    PRIMARY KEY (month, scope, version)
);
