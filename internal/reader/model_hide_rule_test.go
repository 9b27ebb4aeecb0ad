package reader

import (
	"math/bits"
	"slices"
	"testing"
)

// TestModelHideOwnRule checks round 53's training of restored's model without
// the rules' own verdict on restored (modelHideOwnRule, mConfig.hideRule):
// the features the training sees lack that bit and only it, and the shipped
// weights give it none, so a rule added for restored no longer moves the
// model's weights by explaining its rows away (docs/quality.md, "Round 53").
func TestModelHideOwnRule(t *testing.T) {
	own := int32(fRuleAct + bits.TrailingZeros16(uint16(Restored)))
	fix := int32(fRuleAct + bits.TrailingZeros16(uint16(Fix)))
	s := mSent{feats: []int32{fBias, own, fix, fCtx + ctxAgent}, words: []string{"it", "works"}}
	got := modelConfigFor(Restored).features(&s)
	if slices.Contains(got, own) {
		t.Errorf("restored's features keep the rules' restored bit: %v", got)
	}
	if !slices.Contains(got, fix) || !slices.Contains(got, fBias) || !slices.Contains(got, fCtx+ctxAgent) {
		t.Errorf("restored's features lost another feature: %v", got)
	}
	if len(s.feats) != 4 || s.feats[1] != own {
		t.Errorf("hiding changed the sentence's own features: %v", s.feats)
	}
	if f := modelConfigFor(Fix).features(&s); !slices.Contains(f, own) {
		t.Errorf("fix's features lost the rules' restored bit: %v", f)
	}
	for i, act := range modelActs {
		if !modelHideOwnRule[act] {
			continue
		}
		k := fRuleAct + bits.TrailingZeros16(uint16(act))
		if w := modelFixed[i][k]; w != 0 {
			t.Errorf("%s: model_weights.go weighs the rules' own verdict %g; retrain with -update-model", actNames[act], w)
		}
	}
}
