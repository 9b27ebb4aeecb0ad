package reader

import "testing"

// TestAsWell checks round 64's another thing as well (restored_as_well.go).
// The true rows are reworded from the styles sets named beside them
// (different writers); the near misses are the same words with no remedy
// before them, a fault or a negation, a courtesy, the writer's step and a
// longer sentence.
func TestAsWell(t *testing.T) {
	staffRemedy := staffBefore
	staffRemedy.RemedyBefore = true
	checkWording(t, []wordingCase{
		{"Gym door too.", staffRemedy, Restored, 0},                 // styles32
		{"Rhyl ok too.", custAfter, Restored, 0},                    // styles36
		{"Garden bar too.", custAfter, Restored, 0},                 // styles66
		{"Looks right on the website too.", custAfter, Restored, 0}, // styles29
		{"search working too", custAfter, Restored, 0},              // styles35
		{"Garden bar too.", custBefore, 0, Restored},
		{"Garden bar down too.", custAfter, 0, Restored},
		{"Not the garden bar too.", custAfter, 0, Restored},
		{"Thanks from me too.", custAfter, 0, Restored},
		{"Updated the key on the Leeds profile too.", staffRemedy, 0, Restored},
		{"The garden bar on the far side of the field by the stage too.", custAfter, 0, Restored},
	})
}
