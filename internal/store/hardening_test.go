package store_test

import (
	"testing"

	"github.com/debriefhq/debrief/internal/store/storetest"
)

func TestSQLiteHardening(t *testing.T) {
	storetest.RunHardening(t, sqliteHarness)
}

func TestPostgresHardening(t *testing.T) {
	postgresDSN(t)
	storetest.RunHardening(t, postgresHarness)
}
