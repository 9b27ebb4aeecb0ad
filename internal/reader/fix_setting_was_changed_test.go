package reader

import "testing"

// TestSettingWasChangedNoFix checks the refusal of a setting told as it was
// found (fix_setting_was_changed.go); sentences written for the test. A thing
// switched over, and a setting changed by the writer, stay fixes.
func TestSettingWasChangedNoFix(t *testing.T) {
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The backup window was set to UTC instead of local time, so the job ran an hour late.", true},
		{"Your shop's currency was changed to euros last Monday, so the prices showed wrong.", true},
		{"The session timeouts were set to 5 minutes in the March review (meant to be 50).", true},
		{"The payroll feeds were switched to production this morning and the first files went through.", false}, // near miss: switched over
		{"I've changed the timeout to 50 minutes and the sessions hold now.", false},                            // near miss: the writer's change
		{"It was set", false},
	} {
		if got := settingWasChanged(tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("settingWasChanged(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	checkWording(t, []wordingCase{
		{"The backup window was set to UTC instead of local time, so the job ran an hour late.", staffAfter, 0, Fix},
		{"I've changed the timeout to 50 minutes and the sessions hold now.", staffAfter, Fix, 0}, // near miss
	})
}
