package factguard

import (
	"strings"
)

// lexiconGroups are the content terms a claim about an incident is made of:
// components, systems, errors and actions. Each line is one group of words
// that may stand for one another ("server", "host", "node"); a claim that uses
// a term of a group the ticket never mentions says something the ticket does
// not. Words are given as written; they are stemmed when the table is built.
var lexiconGroups = []string{
	// Hardware and facilities.
	"power psu psus ups electricity electrical",
	"firewall firewalls",
	"switch switches",
	"router routers routing",
	"network networks networking connectivity lan wan vlan ethernet wifi wireless",
	"dns nameserver nameservers",
	"dhcp",
	"vpn tunnel",
	"certificate certificates cert certs ssl tls",
	"disk disks drive drives ssd ssds hdd hdds raid",
	"storage volume volumes datastore",
	"san nas lun",
	"memory ram dimm",
	"cpu cpus processor processors",
	"server servers host hosts node nodes machine machines vm vms hypervisor",
	"cluster clusters",
	"quorum",
	"database databases db sql mysql postgres postgresql mssql",
	"backup backups snapshot snapshots",
	"cable cables cabling fibre fiber",
	"battery batteries",
	"fan fans cooling overheating overheated temperature",
	"fire flood flooding water",
	"hardware",
	"firmware bios",
	"driver drivers",
	"kernel",
	"patch patches hotfix",
	"upgrade upgraded upgrades",
	"deployment deploy deployed release rollout",
	"rollback",
	"mail email emails e-mail mailbox mailboxes outlook exchange smtp imap",
	"printer printers print printing printed",
	"browser browsers",
	"password passwords credential credentials",
	"login logins logon sign-in authentication authenticate",
	"mfa 2fa otp two-factor",
	"account accounts",
	"ldap directory",
	"licence license licences licenses licensing",
	"api apis endpoint endpoints webhook webhooks",
	"cache caches cached caching",
	"queue queues",
	"balancer balancers",
	"proxy proxies",
	"port ports",
	"malware virus viruses ransomware trojan",
	"attack attacks ddos intrusion hacker hackers hacked",
	"phishing",
	"bug bugs defect defects regression",
	"leak leaks",
	"crash crashes crashed",
	"timeout timeouts",
	"corruption corrupt corrupted",
	"configuration configurations config misconfiguration misconfigured misconfigure",
	"restart restarted restarting reboot rebooted rebooting",
	"replace replaced replacement replacing swap swapped",
	"reinstall reinstalled reimage reimaged",
	"vendor vendors supplier suppliers manufacturer",
	"capacity overload overloaded spike",
	"typo operator",
	"monitoring monitor alert alerts alerting",
	"sensor sensors",
	"antenna",
	"workaround workarounds",
	"portal portals website websites webpage",
	"gateway gateways",
	"intranet",
	"scanner scanners",
	"phone phones telephone phoned call calls called calling",
	"laptop laptops desktop desktops pc pcs computer computers workstation workstations",
	"internet broadband isp",
	"sync syncing synced synchronisation synchronization",
	"paper jam jams jammed toner cartridge cartridges",
	"cloud",
}

// lexicon maps a stemmed term to its group.
var lexicon = func() map[string]int {
	m := map[string]int{}
	for g, line := range lexiconGroups {
		for _, w := range strings.Fields(line) {
			m[stem(w)] = g + 1
		}
	}
	return m
}()

// phrasalTerms are two-word forms of lexicon terms.
var phrasalTerms = []struct {
	literals []string
	re       *fastRE
	term     string
}{
	{[]string{"back"}, mustFast(`\broll(?:s|ed|ing)?\s+(?:it\s+|them\s+|this\s+)?back\b`), stem("rollback")},
	{[]string{"log", "sign"}, mustFast(`\b(?:log|logg(?:ed|ing)|sign(?:ed|ing)?)\s+(?:in|on)\b`), stem("login")},
	{[]string{"up"}, mustFast(`\bback(?:ed|ing)?\s+up\b`), stem("backup")},
	{[]string{"set"}, mustFast(`\bset(?:ting)?\s+up\b|\bsettings?\b`), stem("configuration")},
}

// stem reduces a lower-case word to a form shared by its inflections:
// "drives", "driving" and "drive" are "driv"; "failed" is "fail".
func stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		w = w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		w = w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		w = w[:len(w)-1]
	}
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		w = w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		w = w[:len(w)-2]
	}
	return strings.TrimSuffix(w, "e")
}

// termWordRE finds the words a term may be.
var termWordRE = mustFast(`[A-Za-z][A-Za-z0-9'-]*`)

// termSet is the set of lexicon groups a text mentions.
type termSet map[int]bool

func (s termSet) add(text string) {
	lower := strings.ToLower(text)
	// Phrasal verbs stand for their noun: "rolled back" is a rollback.
	for _, pv := range phrasalTerms {
		if containsAny(lower, pv.literals) && pv.re.MatchString(lower) {
			s[lexicon[pv.term]] = true
		}
	}
	eachWord(lower, func(w string) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if g, ok := lexicon[stem(w)]; ok {
			s[g] = true
		}
		// Parts of a hyphenated or joined name ("pve-node03") count too.
		if strings.ContainsAny(w, "-0123456789") {
			for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || (r >= '0' && r <= '9') }) {
				if g, ok := lexicon[stem(p)]; ok {
					s[g] = true
				}
			}
		}
	})
}

// eachWord calls fn with each word of s as termWordRE reads them: a letter
// followed by letters, digits, apostrophes and hyphens.
func eachWord(s string, fn func(string)) {
	isWord := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '-'
	}
	for i := 0; i < len(s); {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') || (i > 0 && isWord(s[i-1])) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isWord(s[j]) {
			j++
		}
		fn(s[i:j])
		i = j
	}
}

// term is a lexicon term as written in a claim.
type term struct {
	start, end int
	group      int
}

// termsIn returns the lexicon terms of text[start:end] that no earlier pass claimed.
func (c *checker) termsIn(start, end int) []term {
	var out []term
	for _, m := range termWordRE.FindAllStringIndex(c.text[start:end], -1) {
		s, e := start+m[0], start+m[1]
		if !c.free(s, e) {
			continue
		}
		lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(c.text[s:e], "'s"), "'"))
		if g, ok := lexicon[stem(lw)]; ok {
			out = append(out, term{s, e, g})
		}
	}
	return out
}
