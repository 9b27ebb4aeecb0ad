package reader

import "testing"

// TestWriterLookingNoFix checks the refusal of the writer's look under way
// (fix_writer_looking.go); sentences written for the test. A step told in the
// perfect, and a look told of someone else, are not the shape.
func TestWriterLookingNoFix(t *testing.T) {
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"I'm checking what changed on the caster output.", true},
		{"We are checking the upgrade script for other customers on the same version.", true},
		{"I'm asking our integrations team to re-run it.", true},
		{"I am looking into why the sync stopped.", true},
		{"I've checked the caster output and restarted the service.", false}, // near miss: a step done
		{"The vendor is checking the script.", false},                        // near miss: someone else's (round 104's shape)
		{"I'm", false},
	} {
		if got := writerLooking(tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("writerLooking(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	checkWording(t, []wordingCase{
		{"I'm asking our integrations team to re-run the import.", staffAfter, 0, Fix},
		{"I've re-run the import and the orders are in.", staffAfter, Fix, 0}, // near miss
	})
}
