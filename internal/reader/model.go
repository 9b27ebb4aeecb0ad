package reader

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/debriefhq/debrief/internal/ticket"
)

// The reader's statistical part: a logistic regression per act over a
// sentence's words, word pairs, context (staff or customer, opening, internal
// note) and the acts the rules give it. It was trained offline on the dev part
// of the labelled Mendeley tickets only (go test ./internal/reader -run
// TestTrainModel -train rewrites model.txt; docs/quality.md) and decides the
// acts it models in place of the rules: the rules' verdict is one of its
// features, so the model keeps it unless the words weigh against it.

//go:embed model.txt
var modelText string

// modelled are the acts the model decides, in the order of model.txt's columns.
var modelled = []Act{Cause, Fix, Restored}

type actWeights [3]float32

type model struct {
	bias      actWeights
	threshold actWeights
	w         map[uint64]actWeights
}

var (
	modelOnce sync.Once
	theModel  *model
)

// loadModel parses model.txt: "bias B B B", "threshold T T T", then one
// "FEATURE W W W" line per feature.
func loadModel() *model {
	modelOnce.Do(func() {
		m, err := parseModel(modelText)
		if err != nil {
			panic(fmt.Errorf("reader: embedded model: %w", err))
		}
		theModel = m
	})
	return theModel
}

func parseModel(s string) (*model, error) {
	m := &model{w: map[uint64]actWeights{}}
	for n, line := range strings.Split(s, "\n") {
		fs := strings.Fields(line)
		if len(fs) == 0 || strings.HasPrefix(fs[0], "#") {
			continue
		}
		if len(fs) != 1+len(modelled) {
			return nil, fmt.Errorf("line %d: want a name and %d weights", n+1, len(modelled))
		}
		var ws actWeights
		for k := range modelled {
			v, err := strconv.ParseFloat(fs[1+k], 32)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n+1, err)
			}
			ws[k] = float32(v)
		}
		switch fs[0] {
		case "=bias":
			m.bias = ws
		case "=threshold":
			m.threshold = ws
		default:
			m.w[hashFeature(fs[0])] = ws
		}
	}
	return m, nil
}

// FNV-1a, so that a feature's hash is computed from its parts without
// building its string.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashFeature(f string) uint64 { return fnvAdd(fnvOffset, f) }

// features calls emit with every feature of a sentence, by its hash and the
// parts of the name model.txt gives it (kind+a, or kind+a+"_"+b for a word
// pair: "w:cause", "b:root_cause", "r:fix", "c:staff"); the hash is computed
// from the parts, so scoring builds no strings.
func features(ts []string, rule Act, c Context, emit func(h uint64, kind, a, b string)) {
	for i, t := range ts {
		emit(fnvAdd(fnvAdd(fnvOffset, "w:"), t), "w:", t, "")
		if i > 0 {
			p := ts[i-1]
			emit(fnvAdd(fnvAdd(fnvAdd(fnvAdd(fnvOffset, "b:"), p), "_"), t), "b:", p, t)
		}
	}
	for _, a := range Acts {
		if rule&a != 0 {
			n := actNames[a]
			emit(fnvAdd(fnvAdd(fnvOffset, "r:"), n), "r:", n, "")
		}
	}
	ctx := "customer"
	if c.Role != ticket.RoleCustomer {
		ctx = "staff"
	}
	emit(fnvAdd(fnvAdd(fnvOffset, "c:"), ctx), "c:", ctx, "")
	if c.Opening {
		emit(fnvAdd(fnvAdd(fnvOffset, "c:"), "opening"), "c:", "opening", "")
	}
	if !c.Public {
		emit(fnvAdd(fnvAdd(fnvOffset, "c:"), "internal"), "c:", "internal", "")
	}
	if len(ts) <= 4 {
		emit(fnvAdd(fnvAdd(fnvOffset, "c:"), "short"), "c:", "short", "")
	}
}

// featureName is the name of a feature as model.txt writes it.
func featureName(kind, a, b string) string {
	if b != "" {
		return kind + a + "_" + b
	}
	return kind + a
}

// decide replaces the rules' verdict on the modelled acts by the model's.
func (m *model) decide(ts []string, rule Act, c Context) Act {
	s := m.bias
	features(ts, rule, c, func(h uint64, _, _, _ string) {
		if w, ok := m.w[h]; ok {
			for k := range s {
				s[k] += w[k]
			}
		}
	})
	out := rule
	for k, a := range modelled {
		if s[k] >= m.threshold[k] {
			out |= a
		} else {
			out &^= a
		}
	}
	return out
}
