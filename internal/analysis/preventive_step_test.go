package analysis

import (
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestPreventiveStep: staff's step against a repeat, told as done, in the
// three shapes (a purpose against a repeat, an alert or a reminder set up,
// updates held back), quoted without its purpose; a step offered, asked of
// the customer, under way, or a test of an alarm is none. Written for the
// test in the shapes of G205-344 and styles4, 8, 59, 70, 87, 106, 120.
func TestPreventiveStep(t *testing.T) {
	for _, c := range []struct{ fix, want string }{
		{"Great, thanks. We have paused automatic driver updates for that printer model so it cannot happen again.", "Great, thanks. We have paused automatic driver updates for that printer model"},
		{"I've also repaired the clean-up on all four gateways, so it shouldn't creep up on us again.", "I've also repaired the clean-up on all four gateways"},
		{"We have also set a 60-day expiry alert on the certificate so this doesn't catch us out again.", "We have also set a 60-day expiry alert on the certificate"},
		{"Added cert expiry for the web proxy to monitoring, 30 day warning.", "Added cert expiry for the web proxy to monitoring, 30 day warning."},
		{"Rolled back to the vendor driver, set the defaults, paused driver updates for that PC in Intune.", "paused driver updates for that PC in Intune."},
		{"Asked the records team to import in batches and added an 85% disk alert on docs01.", "added an 85% disk alert on docs01."},
		{"Prune job re-enabled on both hosts and a disk alert at 80% added.", "a disk alert at 80% added."},
		{"Blocked driver updates from Windows Update via policy on this PC.", "Blocked driver updates from Windows Update via policy on this PC."},
		{"I've put a reminder on our side for 30 days before the new certificate expires.", "I've put a reminder on our side for 30 days before the new certificate expires."},
		{"I have also added an alert so that we are told if that storage passes 80%.", "I have also added an alert so that we are told if that storage passes 80%."},
		// near misses: asked of the customer, offered, under way, a test,
		// the fault told, a step with no bearing on a repeat
		{"To stop it happening again, please ask your IT to exclude driver updates.", ""},
		{"To stop it happening again I'd suggest we pin the port.", ""},
		{"We're changing the import so it can't happen again.", ""},
		{"I've put the route back and sent a test alarm to the on-call phone.", ""},
		{"The relay had stopped after a Windows update restart; I've restarted it.", ""},
		{"I've unlocked the account again.", ""},
		{"I've put the new key in, so tomorrow's reminders should go out as normal.", ""},
	} {
		f := &Facts{Fixes: []Quote{{Role: ticket.RoleAgent, Text: c.fix}}}
		got := ""
		if q := preventiveStep(f); q != nil {
			got = q.Text
		}
		if got != c.want {
			t.Errorf("%q: step %q, want %q", c.fix, got, c.want)
		}
	}
	// the customer's own step is not the team's
	f := &Facts{Fixes: []Quote{{Role: ticket.RoleCustomer, Text: "We have paused automatic updates so it cannot happen again."}}}
	if q := preventiveStep(f); q != nil {
		t.Errorf("customer's step read as the team's: %q", q.Text)
	}
}

// TestActionsPreventiveAndMonitoring: the preventive action confirms a step
// taken against a repeat; without one, monitoring is asked for a component
// whose failure is named, and not for a change or a cause no name is found
// for (G205-344, styles19 05, styles2 01, styles30 06).
func TestActionsPreventiveAndMonitoring(t *testing.T) {
	s := DefaultSettings()
	tech := func(cause string, fixes ...string) *Facts {
		f := &Facts{Type: ticket.TypeIncident, Causes: []Quote{{Text: cause}}}
		f.Factors = []Factor{{Category: FactorTechnical, Evidence: &f.Causes[0]}}
		for _, x := range fixes {
			f.Fixes = append(f.Fixes, Quote{Role: ticket.RoleAgent, Text: x})
		}
		return f
	}
	for _, c := range []struct {
		name string
		f    *Facts
		want []string // the titles' openings, in order
	}{
		{"a named failure: monitoring", tech("The real problem turned out to be the infrared light on lane 3: it had failed."),
			[]string{"Verify the permanent fix for the infrared light on lane 3", "Add monitoring and alerting for the infrared light on lane 3"}},
		{"a change: no monitoring", tech("The failure was caused by an automatic driver update on 24 December that installed a generic driver."),
			[]string{"Verify the permanent fix for the automatic driver update"}},
		{"a change and a step taken: the step confirmed", tech("The failure was caused by an automatic driver update on 24 December that installed a generic driver.",
			"We have paused automatic driver updates for that printer model so it cannot happen again."),
			[]string{"Verify the permanent fix for the automatic driver update", "Confirm that the step the team took against a repeat (\u201cWe have paused automatic driver updates for that printer model\u201d) holds"}},
		{"a named failure and a step taken: the step, not monitoring", tech("The disk that holds the documents filled up overnight.", "Added an 85% disk alert on docs01."),
			[]string{"Verify the permanent fix for the disk that holds the documents", "Confirm that the step the team took against a repeat"}},
		{"no name: no monitoring", tech("Remote diag: print head temp reading 0C on and off, firmware raises that as error 4."),
			[]string{"Verify the permanent fix for the failure the team identified"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkActionOpenings(t, actions(c.f, nil, s, time.UTC), c.want)
		})
	}
}

// TestStepWordsCoverPatterns: a fix any of preventiveStep's shapes matches
// holds a word of stepWords, which preventiveStep asks first. One sentence
// per alternative of each pattern.
func TestStepWordsCoverPatterns(t *testing.T) {
	for _, s := range []string{
		"we fixed it so it shouldn't happen again", "so that it won't recur", "so it can't come back",
		"so this doesn't catch us out", "so it won't creep up on us", "so it will never repeat", "so it can not bite",
		"to stop it", "to prevent a repeat", "to avoid the same", "from happening again", "from recurring again",
		"so we are told", "so you hear", "so we get warning", "so we'd hear", "so you'd catch", "so we are alerted", "so we get alerted",
		"added disk alerts", "set up an alarm", "enabled reminders", "turned on warnings", "configured monitoring", "created checks",
		"added the host to monitoring", "put it in the calendar", "added it to the register", "put it on the alarms",
		"added it to the checklist", "added it in the health script", "added it to the warning check", "put it in the diary",
		"reminder set", "monitoring enabled", "checks set up", "alert added",
		"blocked updates", "paused auto-updates", "excluded autoupdate", "disabled update checks", "stopped auto-rejoin",
		"switched off the rollout", "turned off the scheduled deploy", "blocked patch reboots", "paused automatic patching",
		"disabled the firmware push", "stopped windows from replacing", "blocked it from changing", "stopped it from installing",
	} {
		if !againstRepeat.MatchString(s) && !toldPurpose.MatchString(s) && !watchSetUp.MatchString(s) && !updatesHeld.MatchString(s) {
			t.Errorf("%q: no pattern matches (the test's sentence is wrong)", s)
		}
		if !mayTellStep(s) {
			t.Errorf("%q: a pattern matches, but no word of stepWords is in it", s)
		}
	}
}

// checkActionOpenings fails t unless acts are as many as want and each
// action's title opens with the wanted text in order.
func checkActionOpenings(t *testing.T, acts []Action, want []string) {
	t.Helper()
	if len(acts) != len(want) {
		t.Fatalf("%d actions %v, want %d", len(acts), acts, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(acts[i].Title, w) {
			t.Errorf("action %d %q, want it to open %q", i, acts[i].Title, w)
		}
	}
}
