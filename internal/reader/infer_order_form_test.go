package reader

import "testing"

// TestOrderFiled: an order form's "Order type:" field files a request
// (round 178); a field naming a fault, an order number told in a sentence
// and an empty field are not one. The sentences are written for the test.
func TestOrderFiled(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Order type: Large print transcription", true},
		{"Order type: Cross-connect", true},
		{"Order type: Fault - replacement unit", false},
		{"Order type: Broken delivery", false},
		{"Order type:", false},
		{"Order 55087 arrived with half the plants missing.", false},
		{"Your order type: standard", false},
	} {
		if got := orderFiled(c.text, tokens(c.text, nil)); got != c.want {
			t.Errorf("orderFiled(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
