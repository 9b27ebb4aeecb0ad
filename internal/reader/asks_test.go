package reader

import "testing"

// TestAsks: what the opening's sentence asks decides the summary's verb
// ("asked", "requested", "wrote"), so a statement is never "requested".
func TestAsks(t *testing.T) {
	for _, c := range []struct {
		text string
		acts Act
		want Ask
	}{
		{"Please set up a mailbox for our new accountant.", 0, AskRequest},
		{"Could you add Dana to the finance group", 0, AskRequest},
		{"We need a new starter account for Priya from Monday.", 0, AskRequest},
		{"Our new starter needs an account and a laptop.", 0, AskRequest}, // a want and an object, no opener
		{"can we move her permit to the new reg without charging her?", Question, AskQuestion},
		{"Is the export limited to 10,000 rows? We have more.", Question, AskQuestion},
		{"since 12th May all your invoices are coming with 21% VAT.", 0, AskNone},
		{"We start buying from Nordhavn in October.", 0, AskNone},
		{"The account page says my request failed.", 0, AskNone}, // "request" inside a statement
		{"The supplier can give it to us as SCORM 1.2 or xAPI.", 0, AskNone},
		{"publish fixtures button greyed out, need them out tonight", 0, AskNone}, // a want with no request's object
		{"Can we get email accounts set up for three new technicians:", 0, AskRequest},
		{"New member shop to set up please: Blodau Bach, 12 High Street", 0, AskRequest},
		{"She'll need a login for the diary and the imaging.", 0, AskRequest},
		{"Pleased to say the new tills arrived.", 0, AskNone},
		{"As agreed, please find attached the signed porting form.", 0, AskNone},
		{"Please note the office is closed on Friday.", 0, AskNone},
		{"A client wants us to send over their scanned invoices.", 0, AskNone},
		{"All pay stations decline every card since we opened this morning - the screen shows an error and we are losing customers, please call", 0, AskRequest},
		{"All pay stations decline every card since we opened this morning - the screen shows an error and please, the car park is full today", 0, AskNone},
	} {
		if got := Asks(c.text, c.acts); got != c.want {
			t.Errorf("Asks(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
