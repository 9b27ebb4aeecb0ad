package store

import (
	"context"

	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivershared/baseservice"
	"github.com/riverqueue/river/rivershared/riverpilot"
	"github.com/riverqueue/river/rivertype"
)

// pgDriver is River's pgx driver with a pilot that tolerates jobs finished
// by two processes at once (see handOverPilot).
type pgDriver struct {
	*riverpgxv5.Driver
	pilot *handOverPilot
}

func newPgDriver(d *riverpgxv5.Driver) *pgDriver {
	return &pgDriver{Driver: d, pilot: &handOverPilot{}}
}

// PluginInit and PluginPilot make River use the pilot.
func (d *pgDriver) PluginInit(*baseservice.Archetype) {}
func (d *pgDriver) PluginPilot() riverpilot.Pilot     { return d.pilot }

// handOverPilot is River's standard pilot, except when a process finishes a
// job that was handed to another process meanwhile (its heartbeat lagged:
// see postgres_heartbeat.go) and both finish it at the same moment. River
// then updates the job only if it is still running, and the loser's update
// statement, having waited for the winner's row lock, returns the row as
// its snapshot saw it: running. River's completer takes a running row for a
// River bug and panics, which would kill the process. Such a row is
// reported to the completer in the state it asked for: the other process
// finalises the job, and its analysis is stored once whoever finishes.
type handOverPilot struct {
	riverpilot.StandardPilot
}

func (p *handOverPilot) JobSetStateIfRunningMany(ctx context.Context, exec riverdriver.Executor,
	params *riverdriver.JobSetStateIfRunningManyParams) ([]*rivertype.JobRow, error) {
	rows, err := p.StandardPilot.JobSetStateIfRunningMany(ctx, exec, params)
	if err != nil {
		return nil, err
	}
	var asked map[int64]rivertype.JobState
	for i, row := range rows {
		if row.State != rivertype.JobStateRunning && row.State != rivertype.JobStatePending {
			continue
		}
		if asked == nil {
			asked = make(map[int64]rivertype.JobState, len(params.ID))
			for k, id := range params.ID {
				asked[id] = params.State[k]
			}
		}
		if state, ok := asked[row.ID]; ok {
			cp := *row
			cp.State = state
			rows[i] = &cp
		}
	}
	return rows, nil
}
