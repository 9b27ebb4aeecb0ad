package reader

// A portal's form or category field whose value ends with "request" ("Form:
// RMA request", "Form: Software licence request", "Category: Hardware
// request", "Form: Till user request") names the thing asked for, as a
// "Request type:" field does (formAsked): the ticket is the request the
// form filed, though its description tells why it is wanted in fault words
// ("fails self test"). Round 131: the 6 tuning openings (styles to
// styles98) with such a field are service requests, in 6 sets (styles4 05,
// styles23 08, styles35 05, styles52 07, styles59 15, styles97 13); 1 was
// read as an incident (styles59 15, an RMA form for a transponder failing
// its self test, whose subject states the fault). The field decides as a
// subject naming a request does (requestHead), whatever the description's
// fault words. A field naming a fault ("Form: Report a problem", "Category:
// Technical problem") or whose value only holds a request word before
// other words ("Category: Requests > Wi-Fi down") is not one.

// formFields are the form labels whose value may name a request.
var formFields = [...]struct {
	label string
	n     int
}{{"form:", 1}, {"category:", 1}, {"service:", 1}, {"topic:", 1}, {"enquiry type:", 2}, {"contact reason:", 2}}

// formRequested reports whether text, tokenised as ts, is a form's field
// whose value ends with "request" and names no fault.
func formRequested(text string, ts []string) bool {
	last := len(ts) - 1
	if last < 0 || ts[last] != "request" && ts[last] != "requests" {
		return false
	}
	for _, f := range formFields {
		if !hasPrefixFold(text, f.label) || len(ts) <= f.n+1 {
			continue
		}
		return !namesFault(ts[f.n:])
	}
	return false
}
