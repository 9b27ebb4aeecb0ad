package reader

import "testing"

// TestAgreedAtMeeting: a thing agreed or discussed at a meeting, a call, a
// board, a committee or a group (round 144); "as agreed" alone, one
// discussed with a person or on the phone, and a meeting not of a decision
// are not. Written for the test.
func TestAgreedAtMeeting(t *testing.T) {
	checkPredicate(t, "agreedAtMeeting", func(text string) bool { return agreedAtMeeting(tokens(text, nil)) }, []predicateCase{
		{"As agreed at Thursday's operations meeting, could you move the reminder e-mails to 9am?", true},
		{"As discussed on yesterday's call, we'd like the late fee lowered to £5.", true},
		{"as agreed in the steering group, Hall B takes the Tuesday sessions.", true},
		{"Like we discussed at the last committee, please add the junior band.", true},
		// near misses
		{"As agreed by the trustees' board, the rates go up from 1 May.", false},
		{"As agreed, please find attached the signed order form.", false},
		{"As discussed with your sales team, we'd like to order 20 licences.", false},
		{"As discussed on the phone, the password is in the envelope.", false},
		{"The meeting agreed nothing and the call dropped twice.", false},
		{"We agreed that the board would call you next week.", false},
	})
}

// TestInferTypeAgreedAtMeeting: such an opening makes a change of what is
// asked, but not of a fault told with it, nor of a request asked more
// firmly than once.
func TestInferTypeAgreedAtMeeting(t *testing.T) {
	for _, c := range []struct {
		subject, opening, want string
	}{
		{"Add a bottle deposit to the bar menus", "Hi team, As agreed on Monday's call, we're bringing in glass bottles this season. We need a £1 deposit added to every bottled drink on all six bar menus.", "change"},
		{"Price change - dryers", "As we discussed at the franchise meeting I'd like to put the big dryers up from £4 to £4.50, can you do that from your end?", "change"},
		{"Dryer prices wrong in app", "As agreed at the franchise meeting the dryers went up to £4.50. The app still shows £4 and customers are being charged the wrong price.", "incident"},
		{"Live data for two stations", "As agreed in the monitoring meeting in March, we would like to receive live data from two stations. We need access for our client by Friday. Please create a user for it.", "service_request"},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
