package sla

import (
	"time"
)

// Report is the JSON contract of `debrief stats --json` (docs/metrics.md). Its
// field names are a public interface: add fields, never rename them.
type Report struct {
	Ticket                string      `json:"ticket"`
	SLA                   string      `json:"sla"`
	Priority              string      `json:"priority,omitempty"`
	Calendar              string      `json:"calendar"`
	Timezone              string      `json:"timezone"`
	GraceSeconds          int64       `json:"grace_seconds"`
	CreatedAt             string      `json:"created_at"`
	FirstResponse         ClockReport `json:"first_response"`
	Resolution            ClockReport `json:"resolution"`
	PausedSeconds         int64       `json:"paused_seconds"`
	PausedBusinessSeconds int64       `json:"paused_business_seconds"`
	Updates               struct {
		Count                 int    `json:"count"`
		TargetSeconds         *int64 `json:"target_seconds"`
		MaxGapBusinessSeconds *int64 `json:"max_gap_business_seconds"`
		MaxGapElapsedSeconds  *int64 `json:"max_gap_elapsed_seconds"`
		Breaches              int    `json:"breaches"`
		SilenceBeforeClose    *int64 `json:"silence_before_close_business_seconds"`
	} `json:"updates"`
	Replies struct {
		Count                  int    `json:"count"`
		MaxWaitBusinessSeconds *int64 `json:"max_wait_business_seconds"`
		Unanswered             int    `json:"unanswered"`
	} `json:"replies"`
}

// ClockReport is one SLA clock in the JSON contract. Absent values are null.
type ClockReport struct {
	At              *string `json:"at"`
	ElapsedSeconds  *int64  `json:"elapsed_seconds"`
	BusinessSeconds *int64  `json:"business_seconds"`
	TargetSeconds   *int64  `json:"target_seconds"`
	Due             *string `json:"due"`
	// WithinSLA is false when the clock never stopped, and null when the policy
	// sets no target for it.
	WithinSLA *bool `json:"within_sla"`
	// SkippedAutomatic (first response only) counts the automatic messages that
	// were not taken as the response (docs/metrics.md).
	SkippedAutomatic *int `json:"skipped_automatic,omitempty"`
	// StaffOpened (first response only) is true when staff's message opened
	// the ticket (a call or visit taken down, a change raised): the response
	// has no target then, and `at` is the next customer-visible staff message.
	StaffOpened bool `json:"staff_opened,omitempty"`
}

// Report returns the statistics in the JSON contract's shape: times in UTC,
// RFC 3339, and durations in whole seconds, both truncated.
func (s *Stats) Report() *Report {
	r := &Report{
		Ticket:                s.Ticket,
		SLA:                   s.Policy.Name,
		Priority:              s.Priority,
		Calendar:              s.Policy.CalendarName,
		Timezone:              s.Policy.Calendar.Location().String(),
		GraceSeconds:          Seconds(s.Policy.Grace),
		CreatedAt:             Timestamp(s.CreatedAt),
		FirstResponse:         clockReport(&s.FirstResponse),
		Resolution:            clockReport(&s.Resolution),
		PausedSeconds:         Seconds(s.Paused),
		PausedBusinessSeconds: Seconds(s.PausedBusiness),
	}
	r.FirstResponse.SkippedAutomatic = ptr(s.SkippedAutomatic)
	r.FirstResponse.StaffOpened = s.StaffOpened
	r.Updates.Count = s.Updates.Count
	r.Updates.Breaches = s.Updates.Breaches
	if s.Targets.Update > 0 {
		r.Updates.TargetSeconds = ptr(Seconds(s.Targets.Update))
	}
	if s.Updates.Max >= 0 {
		g := s.Updates.Gaps[s.Updates.Max]
		r.Updates.MaxGapBusinessSeconds = ptr(Seconds(g.Business))
		r.Updates.MaxGapElapsedSeconds = ptr(Seconds(g.Elapsed))
	}
	if !s.ClosedAt.IsZero() {
		r.Updates.SilenceBeforeClose = ptr(Seconds(s.SilenceBeforeClose.Business))
	}
	r.Replies.Count = s.Replies.Count
	r.Replies.Unanswered = s.Replies.Unanswered
	if s.Replies.Max >= 0 {
		r.Replies.MaxWaitBusinessSeconds = ptr(Seconds(s.Replies.Waits[s.Replies.Max].Business))
	}
	return r
}

func clockReport(m *Measure) ClockReport {
	var c ClockReport
	if m.HasTarget() {
		c.TargetSeconds = ptr(Seconds(m.Target))
		if !m.Due.IsZero() {
			c.Due = ptr(Timestamp(m.Due))
		}
		c.WithinSLA = ptr(m.Within)
	}
	if m.Stopped() {
		c.At = ptr(Timestamp(m.At))
		c.ElapsedSeconds = ptr(Seconds(m.Elapsed))
		c.BusinessSeconds = ptr(Seconds(m.Business))
	}
	return c
}

// Seconds truncates d to whole seconds.
func Seconds(d time.Duration) int64 { return int64(d / time.Second) }

// Timestamp formats t in UTC, RFC 3339, truncated to the second.
func Timestamp(t time.Time) string { return t.UTC().Truncate(time.Second).Format(time.RFC3339) }

func ptr[T any](v T) *T { return &v }
