package split

// Workspace is a Split workspace (a Harness "project").
type Workspace struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// RequiresTitleAndComments says the workspace refuses changes without
	// a title and a comment. This client sends both with every change.
	RequiresTitleAndComments bool `json:"requiresTitleAndComments"`
}

// Environment is an environment of a workspace. Names are case-sensitive.
type Environment struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Production bool   `json:"production"`
}

// Definition is a flag's configuration in one environment, with the fields
// this client reads. Timestamps are epoch milliseconds; a
// LastTrafficReceivedAt of 0 means never evaluated.
type Definition struct {
	Name string `json:"name"`
	// Environment is the environment's id and name.
	Environment Environment `json:"environment"`
	Killed      bool        `json:"killed"`
	Treatments  []Treatment `json:"treatments"`
	// DefaultTreatment is served when the flag is killed, when no rule
	// matches, and to the traffic outside TrafficAllocation.
	DefaultTreatment string `json:"defaultTreatment"`
	// TrafficAllocation is the percentage (0–100) of traffic the rules
	// and the default rule apply to ("limit exposure"); nil when the
	// definition leaves it out, which means all of it.
	TrafficAllocation     *float64 `json:"trafficAllocation"`
	Rules                 []Rule   `json:"rules"`
	DefaultRule           []Bucket `json:"defaultRule"`
	LastUpdateTime        int64    `json:"lastUpdateTime"`
	LastTrafficReceivedAt int64    `json:"lastTrafficReceivedAt"`
}

// Treatment is a variant plus the keys and segments targeted to it.
type Treatment struct {
	Name     string   `json:"name"`
	Keys     []string `json:"keys"`
	Segments []string `json:"segments"`
}

// Rule is a targeting rule: a condition and the buckets it serves.
type Rule struct {
	Condition Condition `json:"condition"`
	Buckets   []Bucket  `json:"buckets"`
}

// Condition is the matchers of a rule.
type Condition struct {
	Matchers []Matcher `json:"matchers"`
}

// Matcher is one test of a rule's condition. For IN_SEGMENT the segment
// name is in String (or Strings).
type Matcher struct {
	Type    string   `json:"type"`
	String  string   `json:"string"`
	Strings []string `json:"strings"`
}

// Bucket is the percentage of traffic served a treatment.
type Bucket struct {
	Treatment string  `json:"treatment"`
	Size      float64 `json:"size"`
}

// Segment is a segment listed in an environment.
type Segment struct {
	Name         string `json:"name"`
	Description  string `json:"description"`
	CreationTime int64  `json:"creationTime"`
}
