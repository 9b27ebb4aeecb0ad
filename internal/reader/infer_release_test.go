package reader

import "testing"

// TestInferTypeRelease: "release" of a thing held, or a record's release
// date, casts no change vote (round 113); a release deployed or named a
// change still makes a change. Written for the test.
func TestInferTypeRelease(t *testing.T) {
	for _, c := range []struct {
		subject, opening, want string
	}{
		{"Test pressings - crackle on side B", "On all five there is a loud crackle in the run-in of side B. We have the release date on 14 March and the distributor needs the records a week before.", "incident"},
		{"Held parcels", "Can you please release the two held parcels to our depot?", "service_request"},
		// near misses
		{"App 4.2 release", "Please deploy release 4.2 to production on Saturday night.", "change"},
		{"CHANGE: app 4.2 release", "What: release version 4.2 to all users on Saturday.", "change"},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
