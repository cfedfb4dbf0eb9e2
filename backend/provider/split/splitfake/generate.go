package splitfake

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// Synthetic describes generated data for demos and benchmarks.
type Synthetic struct {
	// Workspace is the name of the workspace to create; empty means "Default".
	Workspace string
	// Environments are the names of the environments to create; none means
	// Production, Staging and Development.
	Environments []string
	// Flags is the number of flags defined in every environment.
	Flags int
	// Seed makes the output reproducible.
	Seed uint64
}

var (
	areas      = []string{"checkout", "search", "onboarding", "billing", "profile", "feed", "cart", "notifications"}
	features   = []string{"banner", "redesign", "ranking", "flow", "widget", "cache", "pricing", "emails", "layout"}
	segmentSet = []string{"employees", "beta_testers", "qa_team", "enterprise_accounts", "eu_users", "mobile_users"}
	variantSet = [][]string{{"on", "off"}, {"on", "off"}, {"on", "off"}, {"v1", "v2", "v3"}, {"control_a", "treatment_b"}}
	percents   = []int{0, 1, 5, 10, 25, 50, 75, 90, 100}
)

// Generate creates a workspace with the given environments, the segments the
// flags use and spec.Flags definitions in every environment, with believable
// treatments, buckets, rules, targets, kills and timestamps. A flag has the
// same treatments everywhere; its state differs per environment.
func (s *Server) Generate(spec Synthetic) Workspace {
	if spec.Workspace == "" {
		spec.Workspace = "Default"
	}
	if len(spec.Environments) == 0 {
		spec.Environments = []string{"Production", "Staging", "Development"}
	}
	ws := s.AddWorkspace(Workspace{Name: spec.Workspace})
	rng := rand.New(rand.NewPCG(spec.Seed, spec.Seed^0x5eed))
	now := s.opts.Now()
	for _, name := range spec.Environments {
		env := s.AddEnvironment(ws.ID, Environment{Name: name, Production: name == "Production"})
		for _, seg := range segmentSet {
			s.AddSegment(ws.ID, env.ID, Segment{Name: seg, CreationTime: now.AddDate(-1, 0, 0).UnixMilli()})
		}
	}
	for i := range spec.Flags {
		name := fmt.Sprintf("%s_%s_%04d", areas[i%len(areas)], features[(i/len(areas))%len(features)], i)
		variants := variantSet[rng.IntN(len(variantSet))]
		created := now.Add(-time.Duration(rng.Int64N(int64(365 * 24 * time.Hour))))
		for _, env := range spec.Environments {
			s.PutDefinition(ws.ID, env, syntheticDefinition(rng, name, variants, created, now))
		}
	}
	return ws
}

func syntheticDefinition(rng *rand.Rand, name string, variants []string, created, now time.Time) Definition {
	treatments := make([]Treatment, len(variants))
	for i, v := range variants {
		treatments[i] = Treatment{Name: v}
	}
	if rng.IntN(4) == 0 {
		treatments[0].Keys = pick(rng, []string{"qa_user_1", "qa_user_2", "pm_alice", "dev_bob", "support_carol"})
	}
	if rng.IntN(5) == 0 {
		treatments[0].Segments = pick(rng, segmentSet[:2])
	}
	rules := make([]Rule, rng.IntN(4))
	for i := range rules {
		rules[i] = Rule{Condition: syntheticCondition(rng), Buckets: syntheticBuckets(rng, variants)}
	}
	updated := created.Add(time.Duration(rng.Int64N(int64(now.Sub(created)) + 1)))
	def := Definition{
		Name:              name,
		Killed:            rng.IntN(20) == 0,
		Treatments:        treatments,
		DefaultTreatment:  variants[len(variants)-1],
		BaselineTreatment: variants[len(variants)-1],
		TrafficAllocation: 100,
		Rules:             rules,
		DefaultRule:       syntheticBuckets(rng, variants),
		CreationTime:      created.UnixMilli(),
		LastUpdateTime:    updated.UnixMilli(),
	}
	if rng.IntN(7) != 0 {
		def.LastTrafficReceivedAt = now.Add(-time.Duration(rng.Int64N(int64(30 * 24 * time.Hour)))).UnixMilli()
	}
	return def
}

func syntheticCondition(rng *rand.Rand) Condition {
	if rng.IntN(3) == 0 {
		return Condition{Combiner: "AND", Matchers: []Matcher{{
			Type: "IN_LIST_STRING", Attribute: "country", Strings: pick(rng, []string{"US", "CA", "GB", "DE", "FR"}),
		}}}
	}
	return Condition{Combiner: "AND", Matchers: []Matcher{{
		Type: "IN_SEGMENT", String: segmentSet[rng.IntN(len(segmentSet))],
	}}}
}

// syntheticBuckets splits 100% over variants: the first gets a common
// rollout percentage and the rest share the remainder.
func syntheticBuckets(rng *rand.Rand, variants []string) []Bucket {
	buckets := make([]Bucket, len(variants))
	left := 100
	for i, v := range variants {
		size := left
		if i < len(variants)-1 {
			size = min(percents[rng.IntN(len(percents))], left)
		}
		buckets[i] = Bucket{Treatment: v, Size: size}
		left -= size
	}
	return buckets
}

// pick returns a non-empty random subset of from.
func pick(rng *rand.Rand, from []string) []string {
	out := []string{from[rng.IntN(len(from))]}
	for _, v := range from {
		if v != out[0] && rng.IntN(3) == 0 {
			out = append(out, v)
		}
	}
	return out
}
