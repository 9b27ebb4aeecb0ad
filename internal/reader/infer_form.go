package reader

// A portal's form names what the customer asks for in a field of its own
// ("Request type: Add devices", "Request: Meeting room / event"). Staff who
// then find why the customer could not do it themselves ("the app caps
// bookings at four hours", "the agent was not installed") state a cause,
// but the ticket stays the request its form filed: the writers label it a
// service request (styles26, styles31, styles42, styles49). A field that
// names a fault ("Request type: Incident", "Something isn't working",
// "Request category: Fault - visitor-facing") files an incident.
var (
	// askFields are the form labels that name the thing asked for, and
	// how many tokens each label takes.
	askFields = [...]struct {
		label string
		n     int
	}{{"request type:", 2}, {"request category:", 2}, {"request:", 1}}
	// faultNames name a fault in a field's value.
	faultNames = newWordSet(map[string]bool{"incident": true, "fault": true, "faults": true, "broken": true, "outage": true})
)

// formAsked reports whether text, tokenised as ts, is a form's field that
// names a thing asked for and no fault.
func formAsked(text string, ts []string) bool {
	for _, f := range askFields {
		if !hasPrefixFold(text, f.label) || len(ts) <= f.n {
			continue
		}
		return !namesFault(ts[f.n:])
	}
	return false
}

// namesFault reports whether a field's value names a fault: an incident word
// or one of faultNames.
func namesFault(value []string) bool {
	if incidentWords.has(value) {
		return true
	}
	for _, t := range value {
		if faultNames.has(t) {
			return true
		}
	}
	return false
}
