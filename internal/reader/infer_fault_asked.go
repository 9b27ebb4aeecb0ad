package reader

// A writer who asks whether there is a fault asks to know, whatever they
// tell beside it: "Is there a problem with her test, and when will she get
// the result?", "Why is it so low? Is the calculation wrong?", "Is the air
// actually that bad or is the sensor broken?". What they tell ("still
// showing With DBS", "much lower") casts a fault vote, and the ticket was
// read as an incident. Staff answer with an explanation, which the reader
// may take for the service restored ("it is working as it should"), so
// staff.restored does not outweigh the ask.
// Round 247: 9 tuning tickets (styles to styles130) ask so; 4 questions
// read as incidents move (styles46 11, styles64 07, styles74 16, styles81
// 11), and the 3 incidents that ask it of a fault running since a time
// (faultSince: styles 04, styles7 19, styles10 10) stay.

// faultNouns are what a writer asks whether there is: "is there a problem".
// An outage or an incident asked about is a fault suspected
// (incidentWords: "is there an outage"), not a question.
var faultNouns = newWordSet(map[string]bool{"problem": true, "issue": true, "fault": true, "error": true, "bug": true,
	"mistake": true})

// faultStates are what a thing is asked to be: "is the sensor broken".
var faultStates = newWordSet(map[string]bool{"wrong": true, "broken": true, "incorrect": true, "faulty": true})

// faultAsked reports whether the question text (ts its tokens) asks
// whether there is a fault: "is there a problem with", "is something
// wrong", "is the calculation wrong". It must end on a question mark and
// open its clause with "is", "are" or "was".
func faultAsked(text string, ts []string) bool {
	if !endsQuestion(text) {
		return false
	}
	for i := 0; i+2 < len(ts); i++ {
		if ts[i] != "is" && ts[i] != "are" && ts[i] != "was" {
			continue
		}
		if i > 0 && !faultAskOpeners.has(ts[i-1]) {
			// "what is wrong", "it is broken?": not a yes-no question of it
			continue
		}
		switch {
		case ts[i+1] == "there" && (faultNouns.has(ts[i+2]) ||
			i+3 < len(ts) && (ts[i+2] == "a" || ts[i+2] == "an" || ts[i+2] == "any") && faultNouns.has(ts[i+3])):
			return true
		case ts[i+1] == "the" || ts[i+1] == "my" || ts[i+1] == "our" || ts[i+1] == "your" || ts[i+1] == "this":
			for j := i + 2; j < len(ts) && j <= i+4; j++ {
				if faultStates.has(ts[j]) {
					return true
				}
			}
		}
	}
	return false
}

// faultAskOpeners may stand before the question's "is": the start of a
// clause ("... or is the sensor broken?", "so is there a problem").
var faultAskOpeners = newWordSet(map[string]bool{"or": true, "and": true, "so": true, "but": true, "then": true,
	"also": true, "actually": true})
