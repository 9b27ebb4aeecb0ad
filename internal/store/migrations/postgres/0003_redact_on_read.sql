-- Redacted reports are now made when they are read, from the analysed ticket
-- version and the redaction rules in force: a rule added later protects old
-- reports too, and the archive stops paying for a second copy of every report.
ALTER TABLE analyses DROP COLUMN technical_redacted;
ALTER TABLE analyses DROP COLUMN executive_redacted;
