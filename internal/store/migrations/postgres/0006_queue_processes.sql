-- Scale-out: every process running analysis workers on this database keeps a
-- row here, refreshed every few seconds (Options.HeartbeatInterval). The
-- running jobs of a process unseen for Options.ProcessTimeout are handed back
-- to the queue by the others, instead of waiting for River's rescuer
-- (RescueAfter, 15 minutes by default). client_id is the River client id,
-- which River records in river_job.attempted_by for each attempt.
CREATE TABLE queue_processes (
    client_id  TEXT        PRIMARY KEY,
    host       TEXT        NOT NULL,
    pid        INTEGER     NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    last_seen  TIMESTAMPTZ NOT NULL
);
CREATE INDEX queue_processes_last_seen ON queue_processes (last_seen);
