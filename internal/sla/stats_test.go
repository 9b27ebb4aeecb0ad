package sla

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/calendar"
	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/ticket"
)

func mustCal(t testing.TB, spec calendar.Spec) *calendar.Calendar {
	t.Helper()
	c, err := calendar.New(spec)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func always(t testing.TB) *calendar.Calendar {
	return mustCal(t, calendar.Spec{Location: time.UTC, AlwaysOpen: true})
}

// office is Mon-Fri 09:00-17:30 Europe/London with 2026-12-25 and 2026-12-28 as holidays.
func office(t testing.TB) *calendar.Calendar {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	var spec calendar.Spec
	spec.Location = loc
	for d := time.Monday; d <= time.Friday; d++ {
		spec.Week[d] = []calendar.Interval{{Start: 9 * 3600, End: 17*3600 + 1800}}
	}
	spec.Holidays = []calendar.Date{{Year: 2026, Month: 12, Day: 25}, {Year: 2026, Month: 12, Day: 28}}
	return mustCal(t, spec)
}

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func msg(at string, role ticket.Role, public bool) ticket.Event {
	return ticket.Event{At: ts(at), Kind: ticket.KindMessage, Role: role, Public: public}
}

func state(at, s string) ticket.Event {
	return ticket.Event{At: ts(at), Kind: ticket.KindState, State: s}
}

// pve reproduces the reference "PVE Down" ticket's events.
func pve() *ticket.Ticket {
	return &ticket.Ticket{
		ID: "G204-117", Priority: "P1", SLA: "SLA8",
		CreatedAt: ts("2026-02-17T07:05:56Z"), ClosedAt: ts("2026-02-18T07:06:00Z"), CloseReason: "inactivity",
		Events: []ticket.Event{
			msg("2026-02-17T07:05:56Z", ticket.RoleCustomer, true),
			msg("2026-02-17T07:06:01Z", ticket.RoleSystem, true),
			msg("2026-02-17T07:17:33Z", ticket.RoleAgent, true),
			msg("2026-02-17T07:20:00Z", ticket.RoleAgent, false),
			msg("2026-02-17T07:37:20Z", ticket.RoleCustomer, true),
			msg("2026-02-17T07:43:03Z", ticket.RoleAgent, true),
			msg("2026-02-17T08:06:23Z", ticket.RoleAgent, true),
			state("2026-02-17T08:06:30Z", "pending_customer"),
		},
	}
}

func sla8(t testing.TB) *Policy {
	return &Policy{Name: "SLA8", CalendarName: "always", Calendar: always(t),
		Targets: Targets{FirstResponse: time.Hour, Update: 30 * time.Minute, Resolution: 8 * time.Hour},
		Grace:   time.Hour, PauseStates: []string{"pending_customer", "pending_third_party"}}
}

func TestPVEDownMatchesReference(t *testing.T) {
	s := Compute(pve(), sla8(t))
	fr := s.FirstResponse
	if !fr.At.Equal(ts("2026-02-17T07:17:33Z")) || fr.Elapsed != 697*time.Second || fr.Business != 697*time.Second {
		t.Errorf("first response = %+v, want 697 s at 07:17:33", fr)
	}
	if !fr.Due.Equal(ts("2026-02-17T08:05:56Z")) || !fr.Within {
		t.Errorf("first response due %v within %v, want 08:05:56 and within", fr.Due, fr.Within)
	}
	if s.Resolution.Elapsed != 86404*time.Second {
		t.Errorf("resolution elapsed %v, want 1 day 4 s", s.Resolution.Elapsed)
	}
	// Paused from 08:06:30 to the close: the business clock stopped then.
	if want := ts("2026-02-18T07:06:00Z").Sub(ts("2026-02-17T08:06:30Z")); s.Paused != want {
		t.Errorf("paused %v, want %v", s.Paused, want)
	}
	if want := ts("2026-02-17T08:06:30Z").Sub(ts("2026-02-17T07:05:56Z")); s.Resolution.Business != want {
		t.Errorf("resolution business %v, want %v", s.Resolution.Business, want)
	}
	if s.Updates.Count != 3 || len(s.Updates.Gaps) != 2 {
		t.Fatalf("updates %+v", s.Updates)
	}
	if g := s.Updates.Gaps[1]; g.Business != 1400*time.Second {
		t.Errorf("07:43:03 to 08:06:23 = %v, want 23m20s (the gap the reference called 'over an hour')", g.Business)
	}
	if g := s.Updates.Gaps[s.Updates.Max]; g.Business != 1530*time.Second {
		t.Errorf("longest gap %v, want 25m30s", g.Business)
	}
	if s.Updates.Breaches != 0 {
		t.Errorf("breaches %d: no gap exceeds 30m + 1h grace", s.Updates.Breaches)
	}
	if s.Replies.Count != 1 || s.Replies.Waits[0].Business != 343*time.Second || s.Replies.Unanswered != 0 {
		t.Errorf("replies %+v, want one wait of 343 s", s.Replies)
	}
	r := s.Report()
	if *r.FirstResponse.Due != "2026-02-17T08:05:56Z" || *r.FirstResponse.BusinessSeconds != 697 || !*r.FirstResponse.WithinSLA {
		t.Errorf("report first response %+v", r.FirstResponse)
	}
	if *r.Updates.MaxGapBusinessSeconds != 1530 || *r.Replies.MaxWaitBusinessSeconds != 343 {
		t.Errorf("report updates %+v replies %+v", r.Updates, r.Replies)
	}
}

func TestBusinessHoursAcrossWeekendAndHolidays(t *testing.T) {
	p := &Policy{Name: "business", CalendarName: "office", Calendar: office(t), Targets: Targets{FirstResponse: 2 * time.Hour}}
	tk := &ticket.Ticket{ID: "X", CreatedAt: ts("2026-12-24T16:45:00Z"), ClosedAt: ts("2026-12-29T12:00:00Z"),
		Events: []ticket.Event{msg("2026-12-24T16:45:00Z", ticket.RoleCustomer, true), msg("2026-12-29T09:20:00Z", ticket.RoleAgent, true)}}
	s := Compute(tk, p)
	// Thu 24th 16:45-17:30 (45m), Fri 25th holiday, weekend, Mon 28th holiday, Tue 29th 09:00-09:20 (20m).
	if s.FirstResponse.Business != 65*time.Minute {
		t.Errorf("business %v, want 1h5m", s.FirstResponse.Business)
	}
	// 45 minutes used on the 24th, the remaining 75 run out at 10:15 on the 29th.
	if !s.FirstResponse.Due.Equal(ts("2026-12-29T10:15:00Z")) {
		t.Errorf("due %v, want 2026-12-29 10:15 UTC", s.FirstResponse.Due)
	}
}

func TestDueAtClosingTimeIsNextOpening(t *testing.T) {
	p := &Policy{Name: "b", Calendar: office(t), Targets: Targets{FirstResponse: 30 * time.Minute}}
	// Opened Monday 17:00 local (UTC+1 in June); 30 minutes of business time end at 17:30 closing.
	tk := &ticket.Ticket{ID: "X", CreatedAt: ts("2026-06-15T16:00:00Z")}
	s := Compute(tk, p)
	if !s.FirstResponse.Due.Equal(ts("2026-06-16T08:00:00Z")) {
		t.Errorf("due %v, want Tuesday 09:00 local (08:00 UTC)", s.FirstResponse.Due)
	}
	if s.FirstResponse.Within || s.FirstResponse.Stopped() {
		t.Error("unanswered ticket must not be within SLA")
	}
}

func TestPausesStopEveryClock(t *testing.T) {
	p := &Policy{Name: "S", Calendar: always(t), Targets: Targets{FirstResponse: time.Hour, Update: time.Hour},
		PauseStates: []string{"pending_customer"}}
	tk := &ticket.Ticket{ID: "X", CreatedAt: ts("2026-03-02T10:00:00Z"), ClosedAt: ts("2026-03-02T18:00:00Z"),
		Events: []ticket.Event{
			msg("2026-03-02T10:00:00Z", ticket.RoleCustomer, true),
			state("2026-03-02T10:30:00Z", "pending_customer"),
			state("2026-03-02T12:30:00Z", "open"),
			msg("2026-03-02T13:00:00Z", ticket.RoleAgent, true),
			state("2026-03-02T13:10:00Z", "pending_customer"),
			msg("2026-03-02T16:00:00Z", ticket.RoleAgent, true),
		}}
	s := Compute(tk, p)
	if s.FirstResponse.Business != time.Hour || s.FirstResponse.Elapsed != 3*time.Hour {
		t.Errorf("first response business %v elapsed %v, want 1h and 3h", s.FirstResponse.Business, s.FirstResponse.Elapsed)
	}
	// 30 minutes ran before the pause; the other 30 after it ended at 12:30.
	if !s.FirstResponse.Due.Equal(ts("2026-03-02T13:00:00Z")) || !s.FirstResponse.Within {
		t.Errorf("due %v within %v", s.FirstResponse.Due, s.FirstResponse.Within)
	}
	// The second pause runs to the close.
	if len(s.Pauses) != 2 || !s.Pauses[1].End.Equal(tk.ClosedAt) {
		t.Errorf("pauses %+v", s.Pauses)
	}
	if s.Paused != 2*time.Hour+4*time.Hour+50*time.Minute {
		t.Errorf("paused %v", s.Paused)
	}
	if g := s.Updates.Gaps[0]; g.Business != 10*time.Minute || g.Breach {
		t.Errorf("gap %+v, want 10 minutes of clock time", g)
	}
}

func TestNoResponseAndUnansweredWaits(t *testing.T) {
	tk := &ticket.Ticket{ID: "X", CreatedAt: ts("2026-05-13T14:02:00Z"), ClosedAt: ts("2026-05-20T14:05:00Z"),
		Events: []ticket.Event{
			msg("2026-05-13T14:02:00Z", ticket.RoleCustomer, true),
			msg("2026-05-13T14:02:05Z", ticket.RoleSystem, true),
			msg("2026-05-14T08:30:00Z", ticket.RoleAgent, false),
		}}
	s := Compute(tk, sla8(t))
	r := s.Report()
	if r.FirstResponse.At != nil || r.FirstResponse.BusinessSeconds != nil || *r.FirstResponse.WithinSLA {
		t.Errorf("no response must give nulls and within_sla false: %+v", r.FirstResponse)
	}
	if r.Updates.MaxGapBusinessSeconds != nil || r.Replies.Unanswered != 0 {
		t.Errorf("updates %+v replies %+v", r.Updates, r.Replies)
	}
	// A customer message after an agent reply that never gets answered.
	tk.Events = append(tk.Events, msg("2026-05-15T09:00:00Z", ticket.RoleAgent, true), msg("2026-05-18T12:10:00Z", ticket.RoleCustomer, true))
	s = Compute(tk, sla8(t))
	if s.Replies.Unanswered != 1 || s.Replies.Count != 0 || s.Replies.Max != -1 {
		t.Errorf("replies %+v", s.Replies)
	}
}

func TestPriorityOverride(t *testing.T) {
	p := sla8(t)
	p.Priorities = map[string]Targets{"P1": {FirstResponse: 15 * time.Minute}}
	tk := pve()
	s := Compute(tk, p)
	if s.Targets.FirstResponse != 15*time.Minute || s.Targets.Update != 30*time.Minute {
		t.Errorf("targets %+v", s.Targets)
	}
	// 697 s is within 15 minutes.
	if !s.FirstResponse.Within || !s.FirstResponse.Due.Equal(ts("2026-02-17T07:20:56Z")) {
		t.Errorf("due %v within %v", s.FirstResponse.Due, s.FirstResponse.Within)
	}
}

// TestClockAdditive checks that paused business time is additive over random cuts.
func TestClockAdditive(t *testing.T) {
	cal := office(t)
	start := ts("2026-03-20T07:00:00Z")
	pauses := []Span{{ts("2026-03-23T10:00:00Z"), ts("2026-03-24T11:00:00Z")}, {ts("2026-03-30T09:30:00Z"), ts("2026-03-30T15:00:00Z")}}
	c := NewClock(cal, pauses)
	end := start.Add(20 * 24 * time.Hour)
	for m := start; m.Before(end); m = m.Add(97 * time.Minute) {
		if a, b := c.Between(start, m)+c.Between(m, end), c.Between(start, end); a != b {
			t.Fatalf("not additive at %v: %v + ... = %v, want %v", m, c.Between(start, m), a, b)
		}
	}
	for _, target := range []time.Duration{time.Minute, 8 * time.Hour, 30 * time.Hour, 50 * time.Hour} {
		d, ok := c.Due(start, target)
		if !ok {
			t.Fatalf("target %v unreachable", target)
		}
		if got := c.Between(start, d); got != target {
			t.Errorf("Between(start, Due(%v)) = %v", target, got)
		}
		if got := c.Between(start, d.Add(time.Second)); got <= target {
			t.Errorf("due %v for %v is not the latest instant: a second later the clock reads %v", d, target, got)
		}
	}
}

func BenchmarkCompute(b *testing.B) {
	p := sla8(b)
	tk := pve()
	for b.Loop() {
		Compute(tk, p)
	}
}

// TestAutomaticMessagesAreNotResponses checks that a canned notice posted at
// once by a robot, and a message from a configured robot author, are skipped by
// the first response and the updates, and counted in the report.
func TestAutomaticMessagesAreNotResponses(t *testing.T) {
	body := func(e ticket.Event, author, text string) ticket.Event {
		e.Author, e.Body = author, text
		return e
	}
	tk := &ticket.Ticket{ID: "A1", CreatedAt: ts("2026-03-02T10:00:00Z"), ClosedAt: ts("2026-03-02T12:00:00Z"),
		Events: []ticket.Event{
			body(msg("2026-03-02T10:00:00Z", ticket.RoleCustomer, true), "cy", "The export fails."),
			body(msg("2026-03-02T10:00:15Z", ticket.RoleAgent, true), "policybot",
				"To provide our best support, the following policy for tickets waiting customer feedback will be applied."),
			body(msg("2026-03-02T10:05:00Z", ticket.RoleAgent, true), "helpdesk-robot", "Ticket 4411 is in the queue."),
			body(msg("2026-03-02T10:40:00Z", ticket.RoleAgent, true), "ann", "We are checking the export logs."),
		}}
	p := &Policy{Name: "std", CalendarName: "always", Calendar: always(t), Targets: Targets{FirstResponse: time.Hour},
		Automatic: &reader.Options{AutomaticAuthors: []string{"Helpdesk-Robot"}}}
	st := Compute(tk, p)
	if want := ts("2026-03-02T10:40:00Z"); !st.FirstResponse.At.Equal(want) {
		t.Errorf("first response at %v, want %v (the first message a person wrote)", st.FirstResponse.At, want)
	}
	if st.SkippedAutomatic != 2 || st.Updates.Count != 1 {
		t.Errorf("skipped %d automatic messages and counted %d updates, want 2 and 1", st.SkippedAutomatic, st.Updates.Count)
	}
	r := st.Report()
	if r.FirstResponse.SkippedAutomatic == nil || *r.FirstResponse.SkippedAutomatic != 2 || r.Resolution.SkippedAutomatic != nil {
		t.Errorf("report skipped_automatic = %v (resolution %v), want 2 on first_response only", r.FirstResponse.SkippedAutomatic, r.Resolution.SkippedAutomatic)
	}
}

// TestStaffOpeningIsNoResponse: staff's note of the call that opened the
// ticket is the request, not the first response ("Call from Marco Bianchi
// …" was the first response at 0 seconds, styles57 FD-IT-24231); the next
// customer-visible staff message is. A staff reply to a customer's opening
// message at the same instant, and a note after the opening, still count.
// The tickets are invented.
func TestStaffOpeningIsNoResponse(t *testing.T) {
	note := func(at string, role ticket.Role, public bool, author, body string) ticket.Event {
		e := msg(at, role, public)
		e.Author, e.Body = author, body
		return e
	}
	cases := []struct {
		name   string
		events []ticket.Event
		want   string // the first response's instant, "" for none
	}{
		{"a call note opens the ticket: the next public message is the response", []ticket.Event{
			note("2026-03-02T10:05:00Z", ticket.RoleAgent, true, "Gareth", "Call from Marco Bianchi. This week's file never reached their SFTP."),
			note("2026-03-02T10:30:00Z", ticket.RoleAgent, false, "Gareth", "Export ran and produced the file; upload failed on the host key."),
			note("2026-03-02T11:00:00Z", ticket.RoleAgent, true, "Gareth", "Priya, the file has been re-sent and received."),
		}, "2026-03-02T11:00:00Z"},
		{"a call note and internal notes only: no response", []ticket.Event{
			note("2026-03-02T10:05:00Z", ticket.RoleAgent, true, "Gareth", "Call from Mr Sandhu. Printer shows error 4."),
			note("2026-03-02T10:20:00Z", ticket.RoleAgent, false, "Gareth", "Talked him through reseating the roll."),
		}, ""},
		{"near miss: the customer wrote at the opening instant", []ticket.Event{
			note("2026-03-02T10:05:00Z", ticket.RoleCustomer, true, "Priya", "Our renewal file never arrived at Renewa."),
			note("2026-03-02T10:05:00Z", ticket.RoleAgent, true, "Gareth", "Priya, I'm looking at the upload log now and will call you back."),
			note("2026-03-02T12:00:00Z", ticket.RoleAgent, true, "Gareth", "The file has been re-sent."),
		}, "2026-03-02T10:05:00Z"},
		{"near miss: a staff message after the opening instant", []ticket.Event{
			note("2026-03-02T10:05:00Z", ticket.RoleCustomer, true, "Priya", "Our renewal file never arrived at Renewa."),
			note("2026-03-02T10:25:00Z", ticket.RoleAgent, true, "Gareth", "Priya, I'm looking at the upload log now and will call you back."),
		}, "2026-03-02T10:25:00Z"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tk := &ticket.Ticket{ID: "T1", Priority: "P2", CreatedAt: c.events[0].At, ClosedAt: ts("2026-03-03T09:00:00Z"), Events: c.events}
			s := Compute(tk, &Policy{Name: "p", Calendar: always(t), Grace: 15 * time.Minute, Targets: Targets{FirstResponse: time.Hour}})
			got := ""
			if s.FirstResponse.Stopped() {
				got = s.FirstResponse.At.UTC().Format(time.RFC3339)
			}
			if got != c.want {
				t.Errorf("first response at %q, want %q", got, c.want)
			}
			if opened := c.events[0].Role == ticket.RoleAgent; s.StaffOpened != opened || s.FirstResponse.HasTarget() == opened {
				t.Errorf("staff opened %v, first-response target %v; want %v, %v", s.StaffOpened, s.FirstResponse.HasTarget(), opened, !opened)
			}
			r := s.Report()
			if opened := c.events[0].Role == ticket.RoleAgent; r.FirstResponse.StaffOpened != opened || (r.FirstResponse.WithinSLA == nil) != opened {
				t.Errorf("report: staff_opened %v, within_sla %v; want staff_opened %v and within_sla null exactly when staff opened", r.FirstResponse.StaffOpened, r.FirstResponse.WithinSLA, opened)
			}
		})
	}
}
