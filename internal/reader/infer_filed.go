package reader

import "github.com/debriefhq/debrief/internal/ticket"

// filedAs returns the type an automatic acknowledgement's sentence ts files
// the ticket under, or "": "Incident INC-204 logged, priority P2", "your
// question has been received", "service requests are scheduled within 5
// working days". The helpdesk's own queue names the type, as a change
// request does (changeFiled); its generic "your request" or "your enquiry"
// says nothing, nor does a greeting that asks for "your question".
func filedAs(ts []string) string {
	for i, t := range ts {
		next := nextToken(ts, i)
		switch t {
		case "incident", "incidents":
			if i == 0 || ts[i-1] != "no" {
				return ticket.TypeIncident
			}
		case "service":
			if next == "request" || next == "requests" {
				return ticket.TypeServiceRequest
			}
		case "question":
			// filed: "your question has been received", "we've got your
			// question", not "tell us your question".
			if next == "has" || next == "is" || next == "was" || i >= 2 && ts[i-1] == "your" &&
				(ts[i-2] == "got" || ts[i-2] == "received" || ts[i-2] == "answered" || ts[i-2] == "about") {
				return ticket.TypeQuestion
			}
		}
	}
	return ""
}
