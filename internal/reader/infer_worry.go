package reader

// A writer who asks whether what they see is normal, or whether they should
// be worried, asks to know, whatever they describe beside it: "Is that
// normal after a delivery or should I be worried?", "Is this covered by the
// warranty, and should we be worried?", "Is it normal that the sensor shows
// 0 when the value is very low or there is a problem?". The thing described
// ("a smell of heating oil around the tank", "hairline cracks have
// appeared") cast a fault vote, and staff's explanation of it a cause, and
// the ticket was read as an incident. Round 113: the 3 tuning tickets
// (styles to styles94) whose opening asks so are questions (styles6 20,
// styles48 08, styles80 14); 2 were read as incidents (styles48 08,
// styles80 14).

// worryWords are what the writer fears or doubts: "should I be worried".
var worryWords = newWordSet(map[string]bool{"worried": true, "concerned": true, "worry": true})

// worryAsked reports whether ts asks whether a thing is normal ("is this
// normal", "is it normal that") or a worry ("should we be worried").
func worryAsked(ts []string) bool {
	for i := 0; i+2 < len(ts); i++ {
		switch {
		case ts[i] == "is" && (ts[i+1] == "this" || ts[i+1] == "that" || ts[i+1] == "it") && ts[i+2] == "normal":
			return true
		case ts[i] == "should" && (ts[i+1] == "i" || ts[i+1] == "we") && i+3 < len(ts) && ts[i+2] == "be" &&
			worryWords.has(ts[i+3]):
			return true
		}
	}
	return false
}
