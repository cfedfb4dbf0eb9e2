package splitfake

// Workspace is a Split workspace (a Harness "project") as GET /workspaces
// lists it.
type Workspace struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
	// RequiresTitleAndComments makes the workspace refuse kills, restores
	// and definition updates without a title and a comment, with 400.
	RequiresTitleAndComments bool `json:"requiresTitleAndComments"`
}

// Environment is one environment of a workspace as GET /environments/ws/{ws}
// lists it.
type Environment struct {
	ID                string            `json:"id"`
	Name              string            `json:"name"`
	Production        bool              `json:"production"`
	ChangePermissions ChangePermissions `json:"changePermissions"`
}

// ChangePermissions holds an environment's approval settings.
type ChangePermissions struct {
	// AreApprovalsRequired makes every direct write to the environment fail
	// with 403 "Approvals are required".
	AreApprovalsRequired bool `json:"areApprovalsRequired"`
}

// Ref is the {id, name} pair the API embeds for environments and traffic
// types.
type Ref struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Definition is a feature flag's configuration in one environment, in the
// shape of GET /splits/ws/{ws}/{flag}/environments/{env}.
type Definition struct {
	Name                  string      `json:"name"`
	Environment           Ref         `json:"environment"`
	TrafficType           Ref         `json:"trafficType"`
	Killed                bool        `json:"killed"`
	Treatments            []Treatment `json:"treatments"`
	DefaultTreatment      string      `json:"defaultTreatment"`
	BaselineTreatment     string      `json:"baselineTreatment,omitempty"`
	TrafficAllocation     int         `json:"trafficAllocation"`
	Rules                 []Rule      `json:"rules"`
	DefaultRule           []Bucket    `json:"defaultRule"`
	CreationTime          int64       `json:"creationTime"`
	LastUpdateTime        int64       `json:"lastUpdateTime"`
	LastTrafficReceivedAt int64       `json:"lastTrafficReceivedAt,omitempty"`
	ImpressionsDisabled   bool        `json:"impressionsDisabled"`
}

// Treatment is one variant of a flag plus the keys and segments individually
// targeted to it. Configurations is a JSON document encoded as a string.
type Treatment struct {
	Name           string   `json:"name"`
	Configurations string   `json:"configurations,omitempty"`
	Description    string   `json:"description,omitempty"`
	Keys           []string `json:"keys,omitempty"`
	Segments       []string `json:"segments,omitempty"`
}

// Rule is one targeting rule: a condition and the buckets served when it
// matches.
type Rule struct {
	Condition Condition `json:"condition"`
	Buckets   []Bucket  `json:"buckets"`
}

// Condition combines matchers.
type Condition struct {
	Combiner string    `json:"combiner"`
	Matchers []Matcher `json:"matchers"`
}

// Matcher is one test in a condition, e.g. {"type":"IN_SEGMENT","string":"beta"}.
type Matcher struct {
	Type      string   `json:"type"`
	Negate    bool     `json:"negate,omitempty"`
	Attribute string   `json:"attribute,omitempty"`
	String    string   `json:"string,omitempty"`
	Strings   []string `json:"strings,omitempty"`
}

// Bucket is the integer percentage of traffic served one treatment.
type Bucket struct {
	Treatment string `json:"treatment"`
	Size      int    `json:"size"`
}

// Segment is a segment as listed per environment.
type Segment struct {
	Name         string `json:"name"`
	Description  string `json:"description,omitempty"`
	Environment  Ref    `json:"environment"`
	TrafficType  Ref    `json:"trafficType"`
	CreationTime int64  `json:"creationTime"`
}
