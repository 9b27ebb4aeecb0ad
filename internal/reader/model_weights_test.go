package reader

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"maps"
	"os"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"testing"
)

var updateModel = flag.Bool("update-model", false, "retrain the model on every labelled set and rewrite model_weights.go")

// modelWiredIn are the acts the model adds, each with the variant that met
// the rule of docs/quality.md on held-out styles sets: modelConfig's features,
// penalty modelConfigFor(act), the threshold chosen by modelRules[act]
// (the best recall that keeps the rules' precision within 0.02 or 0.04;
// for cause since round 187, as round 169 chose it, the widest margin over
// issue 12's targets) by cross-validation with one fold per labelled set. Cause
// since round 8; restored since styles19 and styles20 ("Decided before
// styles19 and styles20 are scored": +15 true, +2 false restorations there),
// behind modelguard.go's guards; fix since styles25 and styles26 ("Decided
// before styles25 and styles26 are scored": +9 true, +6 false fixes there),
// without a guard of its own.
//
// It is the one switch for the model's acts: Read adds the acts of
// modelActs (model_weights.go), which -update-model writes from this list.
var modelWiredIn = []Act{Cause, Fix, Restored}

// modelConfig is the shipped model's features and penalty: all words, no
// pairs, λ 3e-4 for every act (modelConfigStudy), since the first scores of
// styles75-78 (docs/quality.md, "styles75 to styles78: the first scores"):
// by rule 2 of "Decided before styles75 to styles78 are scored", E7-all'
// (this configuration trained on every scored set) shipped over E7 (words
// and the pairs of three writers or more, λ 1e-3, restored's 3e-4): mean F1
// over the four new sets 0.691 against 0.685 (cause 0.645 against 0.636, fix
// 0.720 against 0.707, restored 0.708 against 0.711), pooled precision
// within 0.005 on every act. The pairs had shipped since branch bigram
// (docs/quality.md, "The model with word pairs", "Word pairs of several
// writers"); mConfig still trains them (bigrams, minPairSets) for the study.
var modelConfig = modelConfigStudy

// modelRules is how trainModel chooses each act's threshold on the
// out-of-fold rows (chooseCombiner): "orp", the best recall that keeps the
// rules' precision within 0.02, or "orp4", within 0.04; "ort", the threshold
// that meets the act's issueTargets by the widest margin. Fix and restored
// orp4 (modelRuleStudy) since styles75-78's first scores, with modelConfig;
// cause too until round 169, which gave it ort: issue 12 asks cause for a
// precision and a recall, and orp4 took the recall the precision floor
// allowed (out of fold 0.858 / 0.800 at 0.30, where ort's 0.35 gives 0.872 /
// 0.782; docs/quality.md, "Round 169"; reverted with its session's cause
// rounds by styles111-114's rule 1, kept again by round 187 on validation:
// cause P 0.691 -> 0.703). Before styles75-78, cause and fix took orp and
// restored orp4 with its own penalty (branch peract, docs/quality.md,
// "Restored's own penalty and threshold").
var modelRules = map[Act]string{Cause: "ort", Fix: modelRuleStudy, Restored: modelRuleStudy}

// issueTargets are issue 12's targets for an act with both a precision and a
// recall to meet (precision, recall), for chooseCombiner's "ort".
var issueTargets = map[Act][2]float64{Cause: {0.85, 0.75}}

// modelLambdas are the acts whose L2 penalty is not modelConfig's
// (modelConfigFor): none since styles75-78's first scores, as modelConfig's
// is restored's former 3e-4.
var modelLambdas = map[Act]float64{}

// modelHideOwnRule are the acts whose model is trained without the rules'
// verdict on that act as a feature (mConfig.hideRule): restored since round
// 53 (docs/quality.md, "Round 53"). With the verdict as a feature, the rows a
// rule reads are explained by it and teach their words nothing, so a new rule
// took the model's weight off its shape's words and the rows the rule missed
// were lost on retraining (rounds 45 and 51).
var modelHideOwnRule = map[Act]bool{Restored: true}

// modelConfigFor is act's training configuration: modelConfig, with act's
// penalty from modelLambdas. The features are the same for every act, as
// Read's one lookup (modelAdd) needs them.
func modelConfigFor(act Act) mConfig {
	cfg := modelConfig
	if l, ok := modelLambdas[act]; ok {
		cfg.lambda = l
	}
	if modelHideOwnRule[act] {
		cfg.hideRule = act
	}
	return cfg
}

// modelConfigStudy and modelRuleStudy are the variant that the leave-set-out
// study over all fifty sets recommends (docs/quality.md, "The model trained on
// fifty sets"; TestModelStudy, "all words l=3e-4, 50 sets, orp 0.04"): a
// weaker L2 penalty, and the threshold the best recall that keeps the rules'
// precision within 0.04. The "Decided before ..." rules train it as the
// primed readers (E50', E3-all', ..., E7-all'); since styles75-78's first
// scores it is the shipped configuration (modelConfig, modelRules), so the
// next primed reader (E8-all') is E8-all unless a new study names another.
var (
	modelConfigStudy = mConfig{name: "all words l=3e-4", words: 2, lambda: 3e-4}
	modelRuleStudy   = "orp4"
)

// trainModel trains modelWiredIn's regressions on every labelled set but the
// held-out fresh2 and modelUnseen (the Mendeley tuning files, the postmortems,
// the styles sets up to styles5) and returns the source of model_weights.go.
func trainModel(t *testing.T) ([]byte, []modelMismatch) {
	d := loadModelData(t, false)
	all := selectSents(d, func(*mSent) bool { return true })
	groups := map[string]bool{}
	for i := range d.sents {
		groups[d.sents[i].group] = true
	}
	order := slices.Sorted(maps.Keys(groups))
	var fixed [][fMaxCtx]float64
	words := map[uint32][]float64{}
	var thresholds []float64
	var bad []modelMismatch
	for ai, act := range modelWiredIn {
		cfg := modelConfigFor(act)
		oof := map[int]float64{}
		for _, probs := range foldProbs(d, cfg, act, all, order) {
			maps.Copy(oof, probs)
		}
		cb := chooseCombiner(d, func(*mRow) bool { return true }, all, oof, act, modelRules[act])
		if cb.keep != 0 || cb.cand || cb.fill {
			t.Fatalf("%s: combiner %+v is not an orp one", actNames[act], cb)
		}
		thresholds = append(thresholds, cb.add)
		w := trainAct(d, cfg, act, all)
		// What Read gives must be what the trained model predicts (once
		// model_weights.go holds these weights): the same features at run time.
		for _, i := range all {
			s := &d.sents[i]
			want := s.rules&act != 0
			if !s.auto && !want {
				p := w.prob(cfg.features(s))
				want = p >= cb.add && !s.refuses(act, p) // the guards, as Read (modelGuards)
			}
			if act == Fix && want && s.read&Cause != 0 && s.causeBare && s.rules&(Cause|Fix) != Cause|Fix {
				want = false // Read drops a fix told with a cause and no remedy beside it (round 33)
			}
			if act == Restored && s.late {
				want = true // Read adds it after the model's pass (round 106, lateRestored)
			}
			if act == Fix && s.doneBare {
				want = false // Read leaves it out after the model's pass (round 230, customerDoneBare; round 243, askedPartyTo)
			}
			if act == Fix && s.doneRead && s.read&Restored != 0 {
				want = false // and where customerDone read it and the sentence is read restored (round 238, doneRestored; Restored is checked on its own)
			}
			if s.read&act != 0 != want {
				bad = append(bad, modelMismatch{s.tk, actNames[act], want})
			}
		}
		var f [fMaxCtx]float64
		for k, v := range w {
			if k < fWords {
				f[k] = v
				continue
			}
			if words[uint32(k-fWords)] == nil {
				words[uint32(k-fWords)] = make([]float64, len(modelWiredIn))
			}
			words[uint32(k-fWords)][ai] = v
		}
		fixed = append(fixed, f)
	}
	num := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	var b bytes.Buffer
	b.WriteString("// Code generated by go test ./internal/reader -run TestModelWeights -update-model; DO NOT EDIT.\n\n")
	b.WriteString("package reader\n\n")
	b.WriteString("// The model's weights (model.go), trained on every labelled set but fresh2\n// (model_weights_test.go).\n\n")
	b.WriteString("// modelActs are the acts the model may add.\nvar modelActs = [...]Act{")
	for i, act := range modelWiredIn {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(actConst[act])
	}
	b.WriteString("}\n\n// modelBigrams: the model has weights for pairs of adjacent words too\n// (modelPairSlot), which modelAdd then looks up.\n")
	fmt.Fprintf(&b, "const modelBigrams = %v\n", modelConfig.bigrams)
	b.WriteString("\n// modelThresholds are the probabilities at which each act is added.\nvar modelThresholds = [len(modelActs)]float64{")
	for i, v := range thresholds {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(num(v))
	}
	b.WriteString("}\n\n// modelFixed are the weights of the features before fWords, by act.\nvar modelFixed = [len(modelActs)][fMaxCtx]float64{\n")
	for _, f := range fixed {
		b.WriteString("{")
		for k, v := range f {
			if k > 0 {
				b.WriteString(", ")
			}
			b.WriteString(num(v))
		}
		b.WriteString("},\n")
	}
	slots := slices.Sorted(maps.Keys(words))
	b.WriteString("}\n\n// modelWordSlots are the word slots (modelWordSlot) and pair slots (modelPairSlot) with a weight, ascending.\nvar modelWordSlots = [...]uint32{\n")
	for i, s := range slots {
		fmt.Fprintf(&b, "%d,", s)
		if i%16 == 15 {
			b.WriteString("\n")
		}
	}
	b.WriteString("}\n\n// modelTableBits and modelSlotIndex size modelWordTable (model.go) for\n// modelWordSlots: twice as many entries at least, each able to number them.\n")
	bits := 1
	for 1<<bits < 2*len(slots) {
		bits++
	}
	index := "uint16"
	if len(slots) >= 1<<16 {
		index = "uint32"
	}
	fmt.Fprintf(&b, "const modelTableBits = %d\n\ntype modelSlotIndex = %s\n", bits, index)
	b.WriteString("\n// modelWordWeights are the weights of modelWordSlots' words, by act.\nvar modelWordWeights = [len(modelWordSlots)][len(modelActs)]float64{\n")
	for _, s := range slots {
		b.WriteString("{")
		for i, v := range words[s] {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(num(v))
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatalf("formatting the weights: %v", err)
	}
	return src, bad
}

// modelMismatch is a sentence whose act in Read differs from the trained model's.
type modelMismatch struct {
	tk, act string
	want    bool
}

// actConst names the acts the model may add as Go constants.
var actConst = map[Act]string{Cause: "Cause", Fix: "Fix", Restored: "Restored"}

// TestModelWeights retrains the model and checks that model_weights.go is what
// the training gives, bit for bit; with -update-model it rewrites the file
// (after a change of the rules or the labels: the rules' acts are features).
func TestModelWeights(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the model (seconds)")
	}
	if raceEnabled && !*updateModel {
		// Training is single-threaded and takes minutes under the race
		// detector; .ci/run also runs this test without it. Here Read is
		// held to the shipped weights on the features the training sees.
		checkReadAgainstWeights(t)
		return
	}
	src, bad := trainModel(t)
	if *updateModel {
		if err := os.WriteFile("model_weights.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile("model_weights.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, src) {
		t.Fatalf("model_weights.go is not what training on the labelled sets gives: run go test ./internal/reader -run TestModelWeights -update-model")
	}
	for _, m := range bad {
		t.Errorf("%s: Read's %s is not the trained model's (want %v)", m.tk, m.act, m.want)
	}
}

// TestModelWordTable checks that modelWordTable finds every word slot, and that
// it is at most half full (short probes).
func TestModelWordTable(t *testing.T) {
	if 2*len(modelWordSlots) > len(modelWordTable) {
		t.Fatalf("%d word slots in a table of %d: raise modelTableBits", len(modelWordSlots), len(modelWordTable))
	}
	if uint64(len(modelWordSlots)) > uint64(^modelSlotIndex(0)) {
		t.Fatalf("%d word slots: more than modelSlotIndex numbers", len(modelWordSlots))
	}
	const mask = 1<<modelTableBits - 1
	for i, slot := range modelWordSlots {
		h := slot & mask
		for modelWordTable[h] != 0 && modelWordSlots[modelWordTable[h]-1] != slot {
			h = (h + 1) & mask
		}
		if modelWordTable[h] != modelSlotIndex(i+1) {
			t.Errorf("slot %d: not found", slot)
		}
	}
}

// checkReadAgainstWeights checks that Read adds what the shipped weights give
// on the features and words the training computes for every labelled
// sentence: the run-time features are the trained ones.
func checkReadAgainstWeights(t *testing.T) {
	d := loadModelData(t, false)
	bad := 0
	for i := range d.sents {
		s := &d.sents[i]
		if s.auto {
			continue
		}
		want := s.rules & modelMask
		// The guards, as Read: the negation or notYet guard alone waived where the
		// model is sure (modelGuards, modelSureRestored).
		if skip := want | (s.veto&^s.negated)&modelMask; skip != modelMask {
			add, sure := modelAdd(s.feats, s.words, skip)
			want |= add &^ (s.negated &^ sure)
		}
		if want&(Cause|Fix) == Cause|Fix && s.causeBare && s.rules&(Cause|Fix) != Cause|Fix {
			want &^= Fix // as Read (round 33)
		}
		if s.late {
			want |= Restored // as Read (round 106)
		}
		if s.doneBare {
			want &^= Fix // as Read (rounds 230 and 243)
		}
		if s.doneRead && want&Restored != 0 {
			want &^= Fix // as Read (round 238, doneRestored)
		}
		if got := s.read & modelMask; got != want {
			if bad++; bad <= 10 {
				t.Errorf("%s: Read gives %s, the shipped weights %s", s.tk, got, want)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d sentences where Read is not the shipped model", bad)
	}
}

// foldProbs trains act's model once per group of order, on all's sentences
// of the other groups, and returns each fold's probabilities for its own
// group's sentences, in order's order. The folds share nothing but d, which
// they only read, so they run on every CPU: the same weights as one after
// the other, in half the time on CI's two cores.
func foldProbs(d *mData, cfg mConfig, act Act, all []int, order []string) []map[int]float64 {
	out := make([]map[int]float64, len(order))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for fi, g := range order {
		var tr, te []int
		for _, i := range all {
			if d.sents[i].group == g {
				te = append(te, i)
			} else {
				tr = append(tr, i)
			}
		}
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			out[fi] = fitAct(d, cfg, act, tr, te)
		})
	}
	wg.Wait()
	return out
}
