package reader

// A portal's form whose request type names a change of the service's
// setup ("Request type: Monitoring schedule change", "Request type: Network
// change - add branch", "Request type: Configuration change") files a
// change; requestWords read its "request type" as a service request's
// ask, and the writer's "please add" outvoted the date it goes live.
// Round 113: in the tuning sets (styles to styles94), 35 tickets' forms
// have a request type that names a change: 23 changes (3 read as service
// requests: styles58 12, styles65 03, styles68 12) and 12 service requests.
// Eight of the service requests' fields name a person's account, access or
// quota ("User access change", "Account change", "Storage - quota change",
// "Crew change - ShipMail accounts") or call themselves one ("Service
// request - interface change"), which changeFormPeople leave out (and one
// change with them, "Change to access schedule", styles24 09, a change
// still); the other four ("Configuration change" twice, "Calendar / pricing
// change", "Change to testing schedule") keep their reading (three service
// requests, and styles51 08 read as a change before too). styles47 17, a
// change whose subject opens "New article type", stays a service request
// (newNamed).

// changeFormPeople name an account or access in a request type's value: a
// service request for a person, whatever "change" it says.
var changeFormPeople = newWordSet(map[string]bool{"user": true, "users": true, "account": true, "accounts": true,
	"access": true, "quota": true, "login": true, "logins": true, "password": true, "service": true,
	"workspace": true})

// formChange reports whether text, tokenised as ts, is a form's "Request
// type:" field that names a change and no person's account.
func formChange(text string, ts []string) bool {
	if !hasPrefixFold(text, "request type:") || len(ts) <= 2 {
		return false
	}
	change := false
	for _, t := range ts[2:] {
		if changeFormPeople.has(t) {
			return false
		}
		change = change || t == "change" || t == "changes"
	}
	return change
}
