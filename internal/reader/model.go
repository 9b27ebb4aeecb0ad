package reader

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/debriefhq/debrief/internal/ticket"
)

// The reader's statistical part corrects the rules on three acts (cause, fix,
// restored). For each act it has two logistic regressions over a sentence's
// words, word pairs, context (staff or customer, opening, internal note) and the
// other acts the rules give it: one, trained on the sentences the rules give the
// act, decides whether to keep it; the other, trained on the sentences they do
// not, whether to add it. Each starts from its own base rate, so a sentence whose
// words the model never saw keeps the rules' verdict: the model only overrides
// the rules where the words it learned weigh against them, which keeps it from
// unlearning the rules on text unlike its training data. It was trained offline
// on the dev part of the labelled Mendeley tickets only (go test
// ./internal/reader -run TestTrainModel -train rewrites model.txt;
// docs/quality.md).

//go:embed model.txt
var modelText string

// modelled are the acts the model decides. model.txt has two columns per act,
// in this order: the weights that keep the rules' verdict, then those that add it.
var modelled = []Act{Cause, Fix, Restored}

// modelColumns is the number of weight columns: keep and add per act.
const modelColumns = 6

type actWeights [modelColumns]float32

type model struct {
	bias      actWeights
	threshold actWeights
	w         map[uint64]actWeights
}

var (
	modelOnce sync.Once
	theModel  *model
)

// loadModel parses model.txt: "=bias" and "=threshold" with a value per
// column, then one "FEATURE W..." line per feature.
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
		if len(fs) != 1+modelColumns {
			return nil, fmt.Errorf("line %d: want a name and %d weights", n+1, modelColumns)
		}
		var ws actWeights
		for k := range modelColumns {
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
		col := 2*k + 1 // add
		if rule&a != 0 {
			col = 2 * k // keep
		}
		if s[col] >= m.threshold[col] {
			out |= a
		} else {
			out &^= a
		}
	}
	return out
}
