package llmwriter

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// sectionKeys are the narrative's sections, as the model is asked to name them.
var sectionKeys = []string{"overview", "triage", "investigations", "technical_quality", "communication",
	"risk_handling", "root_cause", "executive_summary", "business_impact", "outcome"}

// aliases map other names a model gives a section to its key.
var aliases = map[string]string{
	"summary": "executive_summary", "executive": "executive_summary", "technical": "technical_quality",
	"quality": "technical_quality", "investigation": "investigations", "investigations_performed": "investigations",
	"triage_and_initial_response": "triage", "initial_response": "triage", "risk": "risk_handling",
	"risks": "risk_handling", "root_cause_analysis": "root_cause", "root_cause_and_contributing_factors": "root_cause",
	"cause": "root_cause", "impact": "business_impact", "current_status_outcome": "outcome",
	"status": "outcome", "current_status": "outcome", "result": "outcome", "communications": "communication",
}

// errNoSections means the answer holds no section in any form the parser reads.
var errNoSections = errors.New("no narrative sections found")

var (
	thinkRE   = regexp.MustCompile(`(?s)<think>.*?</think>`)
	fenceRE   = regexp.MustCompile("(?s)```(?:json|JSON)?\\s*(.*?)```")
	commaRE   = regexp.MustCompile(`,(\s*[}\]])`)
	headingRE = regexp.MustCompile(`(?m)^\s{0,3}(?:#{1,6}\s*|\*\*)?([A-Za-z][A-Za-z &/_-]{2,60}?)(?:\*\*)?\s*:?\s*(?:\*\*)?\s*$`)
	inlineRE  = regexp.MustCompile(`(?m)^\s{0,3}(?:[-*]\s+)?\*\*([A-Za-z][A-Za-z &/_-]{2,60}?)\*\*\s*:?\s*(\S.*)$`)
)

// parseSections reads the model's answer: a JSON object of the sections; or the
// same inside a fenced block, after leading prose, or with trailing commas or raw
// line breaks in strings; as a last resort, Markdown "## Section" headings (or
// "**Section**:" lines) each followed by its text. Keys are matched loosely
// ("Technical Quality", "technical-quality").
func parseSections(answer string) (map[string]string, error) {
	s := strings.TrimSpace(thinkRE.ReplaceAllString(answer, ""))
	if s == "" {
		return nil, errors.New("empty answer")
	}
	var candidates []string
	candidates = append(candidates, s)
	for _, m := range fenceRE.FindAllStringSubmatch(s, -1) {
		candidates = append(candidates, m[1])
	}
	// Leading prose may hold braces of its own: try objects from the first few '{'.
	for i, tries := 0, 0; i < len(s) && tries < 16; tries++ {
		k := strings.IndexByte(s[i:], '{')
		if k < 0 {
			break
		}
		candidates = append(candidates, outerObject(s[i+k:]))
		i += k + 1
	}
	for _, c := range candidates {
		for _, fix := range []func(string) string{identity, repairJSON} {
			if out, ok := decodeSections(fix(c)); ok {
				return out, nil
			}
		}
	}
	if out := headingSections(s); len(out) > 0 {
		return out, nil
	}
	return nil, errNoSections
}

func identity(s string) string { return s }

// outerObject returns the text from the first '{' to the '}' that closes it,
// skipping braces inside strings; if the answer was cut off, to the end.
func outerObject(s string) string {
	start := strings.IndexByte(s, '{')
	if start < 0 {
		return ""
	}
	depth, inStr, esc := 0, false, false
	for i := start; i < len(s); i++ {
		c := s[i]
		switch {
		case esc:
			esc = false
		case inStr && c == '\\':
			esc = true
		case c == '"':
			inStr = !inStr
		case inStr:
		case c == '{':
			depth++
		case c == '}':
			depth--
			if depth == 0 {
				return s[start : i+1]
			}
		}
	}
	return s[start:]
}

// repairJSON fixes what models commonly get wrong: trailing commas, raw line
// breaks and tabs inside strings, and an object
// cut off before its end.
func repairJSON(s string) string {
	var b strings.Builder
	inStr, esc := false, false
	depth := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case esc:
			esc = false
		case inStr && c == '\\':
			esc = true
		case c == '"':
			inStr = !inStr
		case inStr && c == '\n':
			b.WriteString(`\n`)
			continue
		case inStr && c == '\r':
			continue
		case inStr && c == '\t':
			b.WriteString(`\t`)
			continue
		case !inStr && c == '{':
			depth++
		case !inStr && c == '}':
			depth--
		}
		b.WriteByte(c)
	}
	out := b.String()
	if inStr {
		out += `"`
	}
	for ; depth > 0; depth-- {
		out += "}"
	}
	return commaRE.ReplaceAllString(out, "$1")
}

// decodeSections decodes a JSON object and keeps the section keys it knows.
func decodeSections(s string) (map[string]string, bool) {
	var raw map[string]any
	if err := json.Unmarshal([]byte(strings.TrimSpace(s)), &raw); err != nil {
		return nil, false
	}
	// Some models wrap the sections: {"narrative": {...}} or {"sections": {...}}.
	if len(raw) == 1 {
		for _, v := range raw {
			if inner, ok := v.(map[string]any); ok {
				raw = inner
			}
		}
	}
	out := map[string]string{}
	for k, v := range raw {
		key := sectionKey(k)
		if key == "" {
			continue
		}
		if text := flatten(v); strings.TrimSpace(text) != "" {
			out[key] = strings.TrimSpace(text)
		}
	}
	return out, len(out) > 0
}

// flatten turns a section value into prose: strings as they are, lists joined.
func flatten(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		var parts []string
		for _, e := range x {
			if s := strings.TrimSpace(flatten(e)); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, " ")
	case map[string]any:
		var parts []string
		for _, e := range x {
			if s := strings.TrimSpace(flatten(e)); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, " ")
	case nil:
		return ""
	default:
		return fmt.Sprint(x)
	}
}

// sectionKeyJoins turns the joins a model writes in a section name into the
// underscores of a section key.
var sectionKeyJoins = strings.NewReplacer(" and ", "_and_", "&", "and", "/", "_", "-", "_", " ", "_")

// sectionKey maps a name the model used to a section key, or "".
func sectionKey(name string) string {
	k := strings.ToLower(strings.TrimSpace(name))
	k = sectionKeyJoins.Replace(k)
	k = strings.Trim(k, "_*#:")
	for _, s := range sectionKeys {
		if k == s {
			return s
		}
	}
	return aliases[k]
}

// headingSections reads "## Section" headings or "**Section**: text" lines.
func headingSections(s string) map[string]string {
	out := map[string]string{}
	for _, m := range inlineRE.FindAllStringSubmatch(s, -1) {
		if key := sectionKey(m[1]); key != "" {
			out[key] = strings.TrimSpace(m[2])
		}
	}
	if len(out) > 0 {
		return out
	}
	locs := headingRE.FindAllStringSubmatchIndex(s, -1)
	for i, m := range locs {
		key := sectionKey(s[m[2]:m[3]])
		if key == "" {
			continue
		}
		end := len(s)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		if text := strings.TrimSpace(s[m[1]:end]); text != "" {
			out[key] = text
		}
	}
	return out
}
