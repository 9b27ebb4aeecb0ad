package main

import (
	"testing"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/store"
)

// TestQueueDefaultsAgree: the configuration checks queue.process_timeout
// against the defaults it assumes for a value left out; they must be the
// store's, which applies them (openApp passes 0 through).
func TestQueueDefaultsAgree(t *testing.T) {
	beat, timeout := config.QueueSettings{}.Effective()
	if beat != store.DefaultHeartbeatInterval || timeout != store.DefaultProcessTimeout {
		t.Errorf("config assumes heartbeat %v, timeout %v; the store applies %v, %v",
			beat, timeout, store.DefaultHeartbeatInterval, store.DefaultProcessTimeout)
	}
}
