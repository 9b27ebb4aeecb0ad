package analysis

import (
	"strings"
	"unicode"
)

// A component named by an identifier alone, a host's, a path's or a
// certificate's, got "the" in front of it as any name does (nounPhrase):
// "Verify the permanent fix for the north-2" (styles109: "north-2 stopped
// replicating from the master"), "Add monitoring and alerting for the
// /data" (styles112: "/data is full"), "… for the /var/lib/indexer"
// (styles129), "… for the fleet-unit-int-2023" (styles26: "client cert
// chain: fleet-unit-int-2023 expired"). An identifier stands alone, as the
// team writes it: bareIdentifier drops the article.

// bareIdentifier is name without its "the" where what follows is one
// path or machine's name (see machineName), else name.
func bareIdentifier(name string) string {
	rest, ok := strings.CutPrefix(name, "the ")
	if !ok || strings.Contains(rest, " ") || !machineName(rest) {
		return name
	}
	return rest
}

// machineName reports whether w is a path ("/data", "C:\logs") or a
// machine's name: an identifier (subject.go) in lower case with a hyphen,
// an underscore or a dot ("north-2", "kae-nps02", "svc_web01"); not a word
// ("e-mail", "check-in"), a version ("4.2.1") nor a product's name
// ("PLC-03").
func machineName(w string) bool {
	if strings.HasPrefix(w, "/") || strings.HasPrefix(w, `\`) || len(w) > 2 && w[1] == ':' && w[2] == '\\' {
		return len(w) > 1
	}
	return identifier(w) && strings.ContainsAny(w, "-_.") && strings.IndexFunc(w, unicode.IsUpper) < 0 &&
		strings.Trim(w, "0123456789.-_") != "" && !strings.ContainsFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' && r != '.'
	})
}
