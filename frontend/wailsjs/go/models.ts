export namespace viewmodel {
	
	export class Prerequisite {
	    key: string;
	    variation: string;
	
	    static createFrom(source: any = {}) {
	        return new Prerequisite(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.variation = source["variation"];
	    }
	}
	export class Allocation {
	    variation: string;
	    percent: number;
	
	    static createFrom(source: any = {}) {
	        return new Allocation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.variation = source["variation"];
	        this.percent = source["percent"];
	    }
	}
	export class FlagState {
	    provider: string;
	    project: string;
	    environment: string;
	    key: string;
	    name: string;
	    on: boolean;
	    serving: Allocation[];
	    off_variation: string;
	    rules: number;
	    targets: number;
	    segments: string[];
	    // Go type: time
	    last_modified: any;
	    // Go type: time
	    last_evaluated?: any;
	    archived: boolean;
	    version?: number;
	    prerequisites: Prerequisite[];
	    traffic_allocation: number;
	    purpose?: string;
	    evaluation_status?: string;
	
	    static createFrom(source: any = {}) {
	        return new FlagState(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.provider = source["provider"];
	        this.project = source["project"];
	        this.environment = source["environment"];
	        this.key = source["key"];
	        this.name = source["name"];
	        this.on = source["on"];
	        this.serving = this.convertValues(source["serving"], Allocation);
	        this.off_variation = source["off_variation"];
	        this.rules = source["rules"];
	        this.targets = source["targets"];
	        this.segments = source["segments"];
	        this.last_modified = this.convertValues(source["last_modified"], null);
	        this.last_evaluated = this.convertValues(source["last_evaluated"], null);
	        this.archived = source["archived"];
	        this.version = source["version"];
	        this.prerequisites = this.convertValues(source["prerequisites"], Prerequisite);
	        this.traffic_allocation = source["traffic_allocation"];
	        this.purpose = source["purpose"];
	        this.evaluation_status = source["evaluation_status"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FlagID {
	    provider: string;
	    project: string;
	    environment: string;
	    key: string;
	
	    static createFrom(source: any = {}) {
	        return new FlagID(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.provider = source["provider"];
	        this.project = source["project"];
	        this.environment = source["environment"];
	        this.key = source["key"];
	    }
	}
	export class ActionResult {
	    id: FlagID;
	    before: FlagState;
	    after: FlagState;
	
	    static createFrom(source: any = {}) {
	        return new ActionResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = this.convertValues(source["id"], FlagID);
	        this.before = this.convertValues(source["before"], FlagState);
	        this.after = this.convertValues(source["after"], FlagState);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Adoption {
	    key: string;
	    environment: string;
	    provider: string;
	    configured: number;
	    evaluations: number;
	    observed_share: number;
	    days: number;
	    unavailable: string;
	
	    static createFrom(source: any = {}) {
	        return new Adoption(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.environment = source["environment"];
	        this.provider = source["provider"];
	        this.configured = source["configured"];
	        this.evaluations = source["evaluations"];
	        this.observed_share = source["observed_share"];
	        this.days = source["days"];
	        this.unavailable = source["unavailable"];
	    }
	}
	
	export class AppStatus {
	    version: string;
	    commit: string;
	    build_date: string;
	    data_dir: string;
	    log_file: string;
	    demo_active: boolean;
	    startup_error: string;
	
	    static createFrom(source: any = {}) {
	        return new AppStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.commit = source["commit"];
	        this.build_date = source["build_date"];
	        this.data_dir = source["data_dir"];
	        this.log_file = source["log_file"];
	        this.demo_active = source["demo_active"];
	        this.startup_error = source["startup_error"];
	    }
	}
	export class Output {
	    dir: string;
	    release: string;
	    phase: string;
	    channel: string;
	    template: string;
	    title: string;
	    ext: string;
	    content: string;
	
	    static createFrom(source: any = {}) {
	        return new Output(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.dir = source["dir"];
	        this.release = source["release"];
	        this.phase = source["phase"];
	        this.channel = source["channel"];
	        this.template = source["template"];
	        this.title = source["title"];
	        this.ext = source["ext"];
	        this.content = source["content"];
	    }
	}
	export class Link {
	    text: string;
	    url: string;
	
	    static createFrom(source: any = {}) {
	        return new Link(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.url = source["url"];
	    }
	}
	export class Heading {
	    level: number;
	    id: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new Heading(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.level = source["level"];
	        this.id = source["id"];
	        this.text = source["text"];
	    }
	}
	export class Preview {
	    template: string;
	    channel: string;
	    phase: string;
	    audience: string;
	    locale: string;
	    title: string;
	    markdown: string;
	    html: string;
	    text: string;
	    headings: Heading[];
	    cta?: Link;
	    // Go type: time
	    starts?: any;
	    // Go type: time
	    ends?: any;
	    files: Output[];
	
	    static createFrom(source: any = {}) {
	        return new Preview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.template = source["template"];
	        this.channel = source["channel"];
	        this.phase = source["phase"];
	        this.audience = source["audience"];
	        this.locale = source["locale"];
	        this.title = source["title"];
	        this.markdown = source["markdown"];
	        this.html = source["html"];
	        this.text = source["text"];
	        this.headings = this.convertValues(source["headings"], Heading);
	        this.cta = this.convertValues(source["cta"], Link);
	        this.starts = this.convertValues(source["starts"], null);
	        this.ends = this.convertValues(source["ends"], null);
	        this.files = this.convertValues(source["files"], Output);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AsOfDraft {
	    preview: Preview;
	    problem: string;
	
	    static createFrom(source: any = {}) {
	        return new AsOfDraft(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.preview = this.convertValues(source["preview"], Preview);
	        this.problem = source["problem"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PlannedExposure {
	    flag: string;
	    environment: string;
	    provider: string;
	    project: string;
	    planned: boolean;
	    on: boolean;
	    percent: number;
	    segments: string[];
	    source: string;
	
	    static createFrom(source: any = {}) {
	        return new PlannedExposure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.flag = source["flag"];
	        this.environment = source["environment"];
	        this.provider = source["provider"];
	        this.project = source["project"];
	        this.planned = source["planned"];
	        this.on = source["on"];
	        this.percent = source["percent"];
	        this.segments = source["segments"];
	        this.source = source["source"];
	    }
	}
	export class AsOfPhase {
	    name: string;
	    status: string;
	    // Go type: time
	    planned_start?: any;
	    // Go type: time
	    planned_end?: any;
	    // Go type: time
	    started_at?: any;
	    // Go type: time
	    ended_at?: any;
	    in_effect: boolean;
	
	    static createFrom(source: any = {}) {
	        return new AsOfPhase(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.status = source["status"];
	        this.planned_start = this.convertValues(source["planned_start"], null);
	        this.planned_end = this.convertValues(source["planned_end"], null);
	        this.started_at = this.convertValues(source["started_at"], null);
	        this.ended_at = this.convertValues(source["ended_at"], null);
	        this.in_effect = source["in_effect"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AsOf {
	    release: string;
	    // Go type: time
	    day: any;
	    phase: string;
	    why: string;
	    phases: AsOfPhase[];
	    exposure: PlannedExposure[];
	    drafts: AsOfDraft[];
	
	    static createFrom(source: any = {}) {
	        return new AsOf(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = source["release"];
	        this.day = this.convertValues(source["day"], null);
	        this.phase = source["phase"];
	        this.why = source["why"];
	        this.phases = this.convertValues(source["phases"], AsOfPhase);
	        this.exposure = this.convertValues(source["exposure"], PlannedExposure);
	        this.drafts = this.convertValues(source["drafts"], AsOfDraft);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class AuditEvent {
	    id: number;
	    // Go type: time
	    at: any;
	    actor: string;
	    action: string;
	    subject: string;
	    release: string;
	    summary: string;
	    comment: string;
	    before?: any;
	    after?: any;
	
	    static createFrom(source: any = {}) {
	        return new AuditEvent(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = this.convertValues(source["at"], null);
	        this.actor = source["actor"];
	        this.action = source["action"];
	        this.subject = source["subject"];
	        this.release = source["release"];
	        this.summary = source["summary"];
	        this.comment = source["comment"];
	        this.before = source["before"];
	        this.after = source["after"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AuditFilter {
	    release?: string;
	    action?: string;
	    since?: string;
	    limit?: number;
	
	    static createFrom(source: any = {}) {
	        return new AuditFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = source["release"];
	        this.action = source["action"];
	        this.since = source["since"];
	        this.limit = source["limit"];
	    }
	}
	export class CalendarEntry {
	    // Go type: time
	    date: any;
	    release: string;
	    phase: string;
	    channel: string;
	    template: string;
	    title: string;
	    audience: string;
	
	    static createFrom(source: any = {}) {
	        return new CalendarEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = this.convertValues(source["date"], null);
	        this.release = source["release"];
	        this.phase = source["phase"];
	        this.channel = source["channel"];
	        this.template = source["template"];
	        this.title = source["title"];
	        this.audience = source["audience"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Check {
	    metric: string;
	    op: string;
	    threshold: number;
	
	    static createFrom(source: any = {}) {
	        return new Check(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.metric = source["metric"];
	        this.op = source["op"];
	        this.threshold = source["threshold"];
	    }
	}
	export class ChecklistItem {
	    text: string;
	    done: boolean;
	    by?: string;
	    // Go type: time
	    at?: any;
	    check?: Check;
	    over_days?: number;
	    guardrail?: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ChecklistItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.done = source["done"];
	        this.by = source["by"];
	        this.at = this.convertValues(source["at"], null);
	        this.check = this.convertValues(source["check"], Check);
	        this.over_days = source["over_days"];
	        this.guardrail = source["guardrail"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CommsChange {
	    release: string;
	    phase: string;
	    template: string;
	    channel: string;
	    // Go type: time
	    exported_at: any;
	    gone: boolean;
	    diff: string;
	
	    static createFrom(source: any = {}) {
	        return new CommsChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = source["release"];
	        this.phase = source["phase"];
	        this.template = source["template"];
	        this.channel = source["channel"];
	        this.exported_at = this.convertValues(source["exported_at"], null);
	        this.gone = source["gone"];
	        this.diff = source["diff"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class UnmatchedTemplate {
	    template: string;
	    channel: string;
	    trigger: string;
	    phase: string;
	    missing: string[];
	    applies: string[];
	
	    static createFrom(source: any = {}) {
	        return new UnmatchedTemplate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.template = source["template"];
	        this.channel = source["channel"];
	        this.trigger = source["trigger"];
	        this.phase = source["phase"];
	        this.missing = source["missing"];
	        this.applies = source["applies"];
	    }
	}
	export class CommsCoverage {
	    release: string;
	    unmatched: UnmatchedTemplate[];
	    silent: string[];
	
	    static createFrom(source: any = {}) {
	        return new CommsCoverage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = source["release"];
	        this.unmatched = this.convertValues(source["unmatched"], UnmatchedTemplate);
	        this.silent = source["silent"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ConnectionDraft {
	    name: string;
	    provider: string;
	    base_url: string;
	    project: string;
	    environments: string[];
	    workspace_id: string;
	    environment_ids: string[];
	    auth: string;
	    sync_every_minutes: number;
	
	    static createFrom(source: any = {}) {
	        return new ConnectionDraft(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.provider = source["provider"];
	        this.base_url = source["base_url"];
	        this.project = source["project"];
	        this.environments = source["environments"];
	        this.workspace_id = source["workspace_id"];
	        this.environment_ids = source["environment_ids"];
	        this.auth = source["auth"];
	        this.sync_every_minutes = source["sync_every_minutes"];
	    }
	}
	export class ConnectionInfo {
	    id: number;
	    name: string;
	    provider: string;
	    base_url: string;
	    project: string;
	    environments: string[];
	    workspace_id: string;
	    environment_ids: string[];
	    auth: string;
	    sync_every_minutes: number;
	    demo: boolean;
	    // Go type: time
	    created_at: any;
	    // Go type: time
	    updated_at: any;
	    token_status: string;
	
	    static createFrom(source: any = {}) {
	        return new ConnectionInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.provider = source["provider"];
	        this.base_url = source["base_url"];
	        this.project = source["project"];
	        this.environments = source["environments"];
	        this.workspace_id = source["workspace_id"];
	        this.environment_ids = source["environment_ids"];
	        this.auth = source["auth"];
	        this.sync_every_minutes = source["sync_every_minutes"];
	        this.demo = source["demo"];
	        this.created_at = this.convertValues(source["created_at"], null);
	        this.updated_at = this.convertValues(source["updated_at"], null);
	        this.token_status = source["token_status"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class EvidencePoint {
	    // Go type: time
	    day: any;
	    value: number;
	    holds: boolean;
	
	    static createFrom(source: any = {}) {
	        return new EvidencePoint(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.day = this.convertValues(source["day"], null);
	        this.value = source["value"];
	        this.holds = source["holds"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CriterionEvidence {
	    metric: string;
	    op: string;
	    threshold: number;
	    // Go type: time
	    from: any;
	    // Go type: time
	    to: any;
	    values: EvidencePoint[];
	
	    static createFrom(source: any = {}) {
	        return new CriterionEvidence(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.metric = source["metric"];
	        this.op = source["op"];
	        this.threshold = source["threshold"];
	        this.from = this.convertValues(source["from"], null);
	        this.to = this.convertValues(source["to"], null);
	        this.values = this.convertValues(source["values"], EvidencePoint);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FieldProblem {
	    field: string;
	    line: number;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new FieldProblem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.line = source["line"];
	        this.reason = source["reason"];
	    }
	}
	export class DraftCheck {
	    yaml: string;
	    problems: FieldProblem[];
	
	    static createFrom(source: any = {}) {
	        return new DraftCheck(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.yaml = source["yaml"];
	        this.problems = this.convertValues(source["problems"], FieldProblem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Problem {
	    line: number;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new Problem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.reason = source["reason"];
	    }
	}
	export class FlagExpectation {
	    flag_key: string;
	    environment: string;
	    expect: Expectation;
	
	    static createFrom(source: any = {}) {
	        return new FlagExpectation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.flag_key = source["flag_key"];
	        this.environment = source["environment"];
	        this.expect = this.convertValues(source["expect"], Expectation);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Expectation {
	    on: boolean;
	    percent: number;
	    segments?: string[];
	
	    static createFrom(source: any = {}) {
	        return new Expectation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.on = source["on"];
	        this.percent = source["percent"];
	        this.segments = source["segments"];
	    }
	}
	export class PhaseDraft {
	    name: string;
	    status: string;
	    // Go type: time
	    planned_start?: any;
	    // Go type: time
	    planned_end?: any;
	    audience: string;
	    owner: string;
	    expect?: Expectation;
	    flag_expects: FlagExpectation[];
	    entry: ChecklistItem[];
	    exit: ChecklistItem[];
	
	    static createFrom(source: any = {}) {
	        return new PhaseDraft(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.status = source["status"];
	        this.planned_start = this.convertValues(source["planned_start"], null);
	        this.planned_end = this.convertValues(source["planned_end"], null);
	        this.audience = source["audience"];
	        this.owner = source["owner"];
	        this.expect = this.convertValues(source["expect"], Expectation);
	        this.flag_expects = this.convertValues(source["flag_expects"], FlagExpectation);
	        this.entry = this.convertValues(source["entry"], ChecklistItem);
	        this.exit = this.convertValues(source["exit"], ChecklistItem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class LinkDraft {
	    provider: string;
	    project: string;
	    environment: string;
	    flag_key: string;
	    variation: string;
	
	    static createFrom(source: any = {}) {
	        return new LinkDraft(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.provider = source["provider"];
	        this.project = source["project"];
	        this.environment = source["environment"];
	        this.flag_key = source["flag_key"];
	        this.variation = source["variation"];
	    }
	}
	export class PlanDraft {
	    key: string;
	    name: string;
	    description: string;
	    owner: string;
	    links: LinkDraft[];
	    phases: PhaseDraft[];
	
	    static createFrom(source: any = {}) {
	        return new PlanDraft(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.description = source["description"];
	        this.owner = source["owner"];
	        this.links = this.convertValues(source["links"], LinkDraft);
	        this.phases = this.convertValues(source["phases"], PhaseDraft);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DraftRead {
	    draft: PlanDraft;
	    problems: Problem[];
	
	    static createFrom(source: any = {}) {
	        return new DraftRead(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.draft = this.convertValues(source["draft"], PlanDraft);
	        this.problems = this.convertValues(source["problems"], Problem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DriftState {
	    on: boolean;
	    percent: number;
	    rule_percent?: number;
	    traffic_allocation?: number;
	
	    static createFrom(source: any = {}) {
	        return new DriftState(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.on = source["on"];
	        this.percent = source["percent"];
	        this.rule_percent = source["rule_percent"];
	        this.traffic_allocation = source["traffic_allocation"];
	    }
	}
	export class DriftFlag {
	    provider: string;
	    project: string;
	    environment: string;
	    key: string;
	    variation: string;
	    expected: DriftState;
	    actual?: DriftState;
	    actual_text: string;
	    verdict: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new DriftFlag(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.provider = source["provider"];
	        this.project = source["project"];
	        this.environment = source["environment"];
	        this.key = source["key"];
	        this.variation = source["variation"];
	        this.expected = this.convertValues(source["expected"], DriftState);
	        this.actual = this.convertValues(source["actual"], DriftState);
	        this.actual_text = source["actual_text"];
	        this.verdict = source["verdict"];
	        this.reason = source["reason"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DriftReport {
	    release: string;
	    phase: string;
	    flags: DriftFlag[];
	
	    static createFrom(source: any = {}) {
	        return new DriftReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = source["release"];
	        this.phase = source["phase"];
	        this.flags = this.convertValues(source["flags"], DriftFlag);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class DriftSummary {
	    release: string;
	    drifting: number;
	    judged: number;
	
	    static createFrom(source: any = {}) {
	        return new DriftSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = source["release"];
	        this.drifting = source["drifting"];
	        this.judged = source["judged"];
	    }
	}
	
	
	export class FeedbackAdded {
	    added: number;
	    skipped: number;
	
	    static createFrom(source: any = {}) {
	        return new FeedbackAdded(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.added = source["added"];
	        this.skipped = source["skipped"];
	    }
	}
	export class FeedbackCounts {
	    phase: string;
	    negative: number;
	    neutral: number;
	    positive: number;
	
	    static createFrom(source: any = {}) {
	        return new FeedbackCounts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.phase = source["phase"];
	        this.negative = source["negative"];
	        this.neutral = source["neutral"];
	        this.positive = source["positive"];
	    }
	}
	export class FeedbackDraft {
	    id?: number;
	    release: string;
	    phase?: string;
	    day?: string;
	    source: string;
	    sentiment: string;
	    customer?: string;
	    text: string;
	    link?: string;
	
	    static createFrom(source: any = {}) {
	        return new FeedbackDraft(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.release = source["release"];
	        this.phase = source["phase"];
	        this.day = source["day"];
	        this.source = source["source"];
	        this.sentiment = source["sentiment"];
	        this.customer = source["customer"];
	        this.text = source["text"];
	        this.link = source["link"];
	    }
	}
	export class FeedbackEntry {
	    id: number;
	    release: string;
	    phase: string;
	    // Go type: time
	    day: any;
	    source: string;
	    sentiment: string;
	    customer: string;
	    text: string;
	    link: string;
	    // Go type: time
	    created_at: any;
	    in_phase: string;
	
	    static createFrom(source: any = {}) {
	        return new FeedbackEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.release = source["release"];
	        this.phase = source["phase"];
	        this.day = this.convertValues(source["day"], null);
	        this.source = source["source"];
	        this.sentiment = source["sentiment"];
	        this.customer = source["customer"];
	        this.text = source["text"];
	        this.link = source["link"];
	        this.created_at = this.convertValues(source["created_at"], null);
	        this.in_phase = source["in_phase"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FeedbackFilter {
	    release: string;
	    phase?: string;
	    source?: string;
	    sentiment?: string;
	    query?: string;
	
	    static createFrom(source: any = {}) {
	        return new FeedbackFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = source["release"];
	        this.phase = source["phase"];
	        this.source = source["source"];
	        this.sentiment = source["sentiment"];
	        this.query = source["query"];
	    }
	}
	
	export class Released {
	    variation: string;
	    percent: number;
	    source: string;
	    assumed: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Released(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.variation = source["variation"];
	        this.percent = source["percent"];
	        this.source = source["source"];
	        this.assumed = source["assumed"];
	    }
	}
	export class Flag {
	    provider: string;
	    project: string;
	    environment: string;
	    key: string;
	    name: string;
	    on: boolean;
	    serving: Allocation[];
	    off_variation: string;
	    rules: number;
	    targets: number;
	    segments: string[];
	    // Go type: time
	    last_modified: any;
	    // Go type: time
	    last_evaluated?: any;
	    archived: boolean;
	    version?: number;
	    prerequisites: Prerequisite[];
	    traffic_allocation: number;
	    purpose?: string;
	    evaluation_status?: string;
	    // Go type: time
	    checked_at: any;
	    released: Released;
	
	    static createFrom(source: any = {}) {
	        return new Flag(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.provider = source["provider"];
	        this.project = source["project"];
	        this.environment = source["environment"];
	        this.key = source["key"];
	        this.name = source["name"];
	        this.on = source["on"];
	        this.serving = this.convertValues(source["serving"], Allocation);
	        this.off_variation = source["off_variation"];
	        this.rules = source["rules"];
	        this.targets = source["targets"];
	        this.segments = source["segments"];
	        this.last_modified = this.convertValues(source["last_modified"], null);
	        this.last_evaluated = this.convertValues(source["last_evaluated"], null);
	        this.archived = source["archived"];
	        this.version = source["version"];
	        this.prerequisites = this.convertValues(source["prerequisites"], Prerequisite);
	        this.traffic_allocation = source["traffic_allocation"];
	        this.purpose = source["purpose"];
	        this.evaluation_status = source["evaluation_status"];
	        this.checked_at = this.convertValues(source["checked_at"], null);
	        this.released = this.convertValues(source["released"], Released);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FlagLink {
	    id: number;
	    release_id: number;
	    provider: string;
	    project: string;
	    environment: string;
	    flag_key: string;
	    variation: string;
	
	    static createFrom(source: any = {}) {
	        return new FlagLink(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.release_id = source["release_id"];
	        this.provider = source["provider"];
	        this.project = source["project"];
	        this.environment = source["environment"];
	        this.flag_key = source["flag_key"];
	        this.variation = source["variation"];
	    }
	}
	export class FlagChange {
	    link: FlagLink;
	    before: FlagState;
	    after: Allocation[];
	    note: string;
	    refused: string;
	
	    static createFrom(source: any = {}) {
	        return new FlagChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.link = this.convertValues(source["link"], FlagLink);
	        this.before = this.convertValues(source["before"], FlagState);
	        this.after = this.convertValues(source["after"], Allocation);
	        this.note = source["note"];
	        this.refused = source["refused"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class FlagFilter {
	    provider?: string;
	    project?: string;
	    environment?: string;
	
	    static createFrom(source: any = {}) {
	        return new FlagFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.provider = source["provider"];
	        this.project = source["project"];
	        this.environment = source["environment"];
	    }
	}
	export class HistoryChange {
	    // Go type: time
	    at: any;
	    actor: string;
	    action: string;
	    summary: string;
	    comment: string;
	    release: string;
	
	    static createFrom(source: any = {}) {
	        return new HistoryChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.at = this.convertValues(source["at"], null);
	        this.actor = source["actor"];
	        this.action = source["action"];
	        this.summary = source["summary"];
	        this.comment = source["comment"];
	        this.release = source["release"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class HistoryPoint {
	    // Go type: time
	    observed_at: any;
	    state: FlagState;
	    percent: number;
	    change?: HistoryChange;
	
	    static createFrom(source: any = {}) {
	        return new HistoryPoint(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.observed_at = this.convertValues(source["observed_at"], null);
	        this.state = this.convertValues(source["state"], FlagState);
	        this.percent = source["percent"];
	        this.change = this.convertValues(source["change"], HistoryChange);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FlagHistory {
	    released: Released;
	    points: HistoryPoint[];
	
	    static createFrom(source: any = {}) {
	        return new FlagHistory(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.released = this.convertValues(source["released"], Released);
	        this.points = this.convertValues(source["points"], HistoryPoint);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class UsageDay {
	    // Go type: time
	    day: any;
	    variation: string;
	    evaluations: number;
	
	    static createFrom(source: any = {}) {
	        return new UsageDay(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.day = this.convertValues(source["day"], null);
	        this.variation = source["variation"];
	        this.evaluations = source["evaluations"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FlagUsage {
	    days: UsageDay[];
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new FlagUsage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.days = this.convertValues(source["days"], UsageDay);
	        this.note = source["note"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class Identity {
	    name: string;
	    display_name: string;
	    os_user: string;
	
	    static createFrom(source: any = {}) {
	        return new Identity(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.display_name = source["display_name"];
	        this.os_user = source["os_user"];
	    }
	}
	export class Incident {
	    flag: string;
	    environment: string;
	    provider: string;
	    project: string;
	    // Go type: time
	    at: any;
	    comment: string;
	
	    static createFrom(source: any = {}) {
	        return new Incident(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.flag = source["flag"];
	        this.environment = source["environment"];
	        this.provider = source["provider"];
	        this.project = source["project"];
	        this.at = this.convertValues(source["at"], null);
	        this.comment = source["comment"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class KillImpact {
	    dependents: string[];
	    warnings: string[];
	
	    static createFrom(source: any = {}) {
	        return new KillImpact(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.dependents = source["dependents"];
	        this.warnings = source["warnings"];
	    }
	}
	
	
	export class LinkHistory {
	    link: FlagLink;
	    points: HistoryPoint[];
	
	    static createFrom(source: any = {}) {
	        return new LinkHistory(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.link = this.convertValues(source["link"], FlagLink);
	        this.points = this.convertValues(source["points"], HistoryPoint);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MetricValue {
	    metric: string;
	    // Go type: time
	    day: any;
	    value: number;
	    source: string;
	    // Go type: time
	    updated_at: any;
	
	    static createFrom(source: any = {}) {
	        return new MetricValue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.metric = source["metric"];
	        this.day = this.convertValues(source["day"], null);
	        this.value = source["value"];
	        this.source = source["source"];
	        this.updated_at = this.convertValues(source["updated_at"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReadinessChange {
	    release: string;
	    phase: string;
	    before: string;
	    after: string;
	    summary: string;
	
	    static createFrom(source: any = {}) {
	        return new ReadinessChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = source["release"];
	        this.phase = source["phase"];
	        this.before = source["before"];
	        this.after = source["after"];
	        this.summary = source["summary"];
	    }
	}
	export class MetricsImported {
	    added: number;
	    replaced: number;
	    metrics: string[];
	    changes: ReadinessChange[];
	
	    static createFrom(source: any = {}) {
	        return new MetricsImported(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.added = source["added"];
	        this.replaced = source["replaced"];
	        this.metrics = source["metrics"];
	        this.changes = this.convertValues(source["changes"], ReadinessChange);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class NewRelease {
	    key: string;
	    name: string;
	    owner: string;
	    description: string;
	
	    static createFrom(source: any = {}) {
	        return new NewRelease(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.owner = source["owner"];
	        this.description = source["description"];
	    }
	}
	export class Rollback {
	    from: string;
	    to: string;
	    // Go type: time
	    at: any;
	    comment: string;
	
	    static createFrom(source: any = {}) {
	        return new Rollback(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.at = this.convertValues(source["at"], null);
	        this.comment = source["comment"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class NoticeEvent {
	    trigger: string;
	    phase: string;
	    incident?: Incident;
	    rollback?: Rollback;
	
	    static createFrom(source: any = {}) {
	        return new NoticeEvent(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.trigger = source["trigger"];
	        this.phase = source["phase"];
	        this.incident = this.convertValues(source["incident"], Incident);
	        this.rollback = this.convertValues(source["rollback"], Rollback);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Notice {
	    id: number;
	    release: string;
	    trigger: string;
	    template: string;
	    state: string;
	    event: NoticeEvent;
	    what: string;
	    // Go type: time
	    at: any;
	    channel: string;
	    title: string;
	    audience: string;
	    problem: string;
	    // Go type: time
	    created_at: any;
	    // Go type: time
	    updated_at: any;
	
	    static createFrom(source: any = {}) {
	        return new Notice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.release = source["release"];
	        this.trigger = source["trigger"];
	        this.template = source["template"];
	        this.state = source["state"];
	        this.event = this.convertValues(source["event"], NoticeEvent);
	        this.what = source["what"];
	        this.at = this.convertValues(source["at"], null);
	        this.channel = source["channel"];
	        this.title = source["title"];
	        this.audience = source["audience"];
	        this.problem = source["problem"];
	        this.created_at = this.convertValues(source["created_at"], null);
	        this.updated_at = this.convertValues(source["updated_at"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class Phase {
	    id: number;
	    release_id: number;
	    position: number;
	    name: string;
	    audience: string;
	    status: string;
	    owner: string;
	    // Go type: time
	    planned_start?: any;
	    // Go type: time
	    planned_end?: any;
	    // Go type: time
	    started_at?: any;
	    // Go type: time
	    ended_at?: any;
	    expect?: Expectation;
	    flag_expects: FlagExpectation[];
	    entry: ChecklistItem[];
	    exit: ChecklistItem[];
	
	    static createFrom(source: any = {}) {
	        return new Phase(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.release_id = source["release_id"];
	        this.position = source["position"];
	        this.name = source["name"];
	        this.audience = source["audience"];
	        this.status = source["status"];
	        this.owner = source["owner"];
	        this.planned_start = this.convertValues(source["planned_start"], null);
	        this.planned_end = this.convertValues(source["planned_end"], null);
	        this.started_at = this.convertValues(source["started_at"], null);
	        this.ended_at = this.convertValues(source["ended_at"], null);
	        this.expect = this.convertValues(source["expect"], Expectation);
	        this.flag_expects = this.convertValues(source["flag_expects"], FlagExpectation);
	        this.entry = this.convertValues(source["entry"], ChecklistItem);
	        this.exit = this.convertValues(source["exit"], ChecklistItem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class SupportGuide {
	    template: string;
	    title: string;
	    html: string;
	    markdown: string;
	    notice: boolean;
	    // Go type: time
	    date?: any;
	
	    static createFrom(source: any = {}) {
	        return new SupportGuide(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.template = source["template"];
	        this.title = source["title"];
	        this.html = source["html"];
	        this.markdown = source["markdown"];
	        this.notice = source["notice"];
	        this.date = this.convertValues(source["date"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PhaseSupport {
	    release: string;
	    name: string;
	    phase: string;
	    status: string;
	    audience: string;
	    changes: string[];
	    guides: SupportGuide[];
	    print_html: string;
	
	    static createFrom(source: any = {}) {
	        return new PhaseSupport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = source["release"];
	        this.name = source["name"];
	        this.phase = source["phase"];
	        this.status = source["status"];
	        this.audience = source["audience"];
	        this.changes = source["changes"];
	        this.guides = this.convertValues(source["guides"], SupportGuide);
	        this.print_html = source["print_html"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Release {
	    id: number;
	    key: string;
	    name: string;
	    description: string;
	    owner: string;
	    demo: boolean;
	    // Go type: time
	    created_at: any;
	    // Go type: time
	    updated_at: any;
	
	    static createFrom(source: any = {}) {
	        return new Release(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.key = source["key"];
	        this.name = source["name"];
	        this.description = source["description"];
	        this.owner = source["owner"];
	        this.demo = source["demo"];
	        this.created_at = this.convertValues(source["created_at"], null);
	        this.updated_at = this.convertValues(source["updated_at"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Plan {
	    release: Release;
	    links: FlagLink[];
	    phases: Phase[];
	
	    static createFrom(source: any = {}) {
	        return new Plan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = this.convertValues(source["release"], Release);
	        this.links = this.convertValues(source["links"], FlagLink);
	        this.phases = this.convertValues(source["phases"], Phase);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	
	
	export class Proposal {
	    release: string;
	    direction: string;
	    from: string;
	    to: string;
	    changes: FlagChange[];
	    warnings: string[];
	
	    static createFrom(source: any = {}) {
	        return new Proposal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = source["release"];
	        this.direction = source["direction"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.changes = this.convertValues(source["changes"], FlagChange);
	        this.warnings = source["warnings"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReadinessReason {
	    kind: string;
	    status: string;
	    text: string;
	    detail?: string;
	    phase?: string;
	    list?: string;
	    guardrail?: boolean;
	    evidence?: CriterionEvidence;
	
	    static createFrom(source: any = {}) {
	        return new ReadinessReason(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.status = source["status"];
	        this.text = source["text"];
	        this.detail = source["detail"];
	        this.phase = source["phase"];
	        this.list = source["list"];
	        this.guardrail = source["guardrail"];
	        this.evidence = this.convertValues(source["evidence"], CriterionEvidence);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Readiness {
	    release: string;
	    phase: string;
	    next: string;
	    // Go type: time
	    at: any;
	    verdict: string;
	    reasons: ReadinessReason[];
	
	    static createFrom(source: any = {}) {
	        return new Readiness(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = source["release"];
	        this.phase = source["phase"];
	        this.next = source["next"];
	        this.at = this.convertValues(source["at"], null);
	        this.verdict = source["verdict"];
	        this.reasons = this.convertValues(source["reasons"], ReadinessReason);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class RecipientResult {
	    address: string;
	    accepted: boolean;
	    code: number;
	    message: string;
	    status: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new RecipientResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.address = source["address"];
	        this.accepted = source["accepted"];
	        this.code = source["code"];
	        this.message = source["message"];
	        this.status = source["status"];
	        this.reason = source["reason"];
	    }
	}
	
	export class ReleaseSummary {
	    id: number;
	    key: string;
	    name: string;
	    description: string;
	    owner: string;
	    demo: boolean;
	    // Go type: time
	    created_at: any;
	    // Go type: time
	    updated_at: any;
	    active_phase: string;
	    phases: number;
	    flags: number;
	
	    static createFrom(source: any = {}) {
	        return new ReleaseSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.key = source["key"];
	        this.name = source["name"];
	        this.description = source["description"];
	        this.owner = source["owner"];
	        this.demo = source["demo"];
	        this.created_at = this.convertValues(source["created_at"], null);
	        this.updated_at = this.convertValues(source["updated_at"], null);
	        this.active_phase = source["active_phase"];
	        this.phases = source["phases"];
	        this.flags = source["flags"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SyncRun {
	    id: number;
	    provider: string;
	    project: string;
	    // Go type: time
	    started_at: any;
	    // Go type: time
	    finished_at?: any;
	    status: string;
	    flags: number;
	    changed: number;
	    error: string;
	
	    static createFrom(source: any = {}) {
	        return new SyncRun(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.provider = source["provider"];
	        this.project = source["project"];
	        this.started_at = this.convertValues(source["started_at"], null);
	        this.finished_at = this.convertValues(source["finished_at"], null);
	        this.status = source["status"];
	        this.flags = source["flags"];
	        this.changed = source["changed"];
	        this.error = source["error"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReleaseSync {
	    runs: SyncRun[];
	    drift_changed: number;
	
	    static createFrom(source: any = {}) {
	        return new ReleaseSync(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.runs = this.convertValues(source["runs"], SyncRun);
	        this.drift_changed = source["drift_changed"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class SMTPSettings {
	    host: string;
	    port: number;
	    security: string;
	    username: string;
	    auth_method: string;
	    from: string;
	    insecure_skip_verify: boolean;
	    timeout: number;
	
	    static createFrom(source: any = {}) {
	        return new SMTPSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.host = source["host"];
	        this.port = source["port"];
	        this.security = source["security"];
	        this.username = source["username"];
	        this.auth_method = source["auth_method"];
	        this.from = source["from"];
	        this.insecure_skip_verify = source["insecure_skip_verify"];
	        this.timeout = source["timeout"];
	    }
	}
	export class SendReport {
	    recipients: RecipientResult[];
	    sent: boolean;
	
	    static createFrom(source: any = {}) {
	        return new SendReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.recipients = this.convertValues(source["recipients"], RecipientResult);
	        this.sent = source["sent"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StatusDue {
	    text: string;
	    source: string;
	    // Go type: time
	    date?: any;
	    phase: string;
	    title: string;
	
	    static createFrom(source: any = {}) {
	        return new StatusDue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.source = source["source"];
	        this.date = this.convertValues(source["date"], null);
	        this.phase = source["phase"];
	        this.title = source["title"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StatusNext {
	    text: string;
	    source: string;
	    phase: string;
	    // Go type: time
	    planned?: any;
	    open_criteria: number;
	
	    static createFrom(source: any = {}) {
	        return new StatusNext(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.source = source["source"];
	        this.phase = source["phase"];
	        this.planned = this.convertValues(source["planned"], null);
	        this.open_criteria = source["open_criteria"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StatusNow {
	    text: string;
	    source: string;
	    phase: string;
	    // Go type: time
	    since?: any;
	    verdict: string;
	
	    static createFrom(source: any = {}) {
	        return new StatusNow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.source = source["source"];
	        this.phase = source["phase"];
	        this.since = this.convertValues(source["since"], null);
	        this.verdict = source["verdict"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StatusLine {
	    release: string;
	    name: string;
	    now: StatusNow;
	    next: StatusNext;
	    due: StatusDue;
	
	    static createFrom(source: any = {}) {
	        return new StatusLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = source["release"];
	        this.name = source["name"];
	        this.now = this.convertValues(source["now"], StatusNow);
	        this.next = this.convertValues(source["next"], StatusNext);
	        this.due = this.convertValues(source["due"], StatusDue);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class SupportHit {
	    release: string;
	    phase: string;
	    template: string;
	    title: string;
	    snippet: string;
	
	    static createFrom(source: any = {}) {
	        return new SupportHit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.release = source["release"];
	        this.phase = source["phase"];
	        this.template = source["template"];
	        this.title = source["title"];
	        this.snippet = source["snippet"];
	    }
	}
	
	export class Template {
	    id: number;
	    name: string;
	    channel: string;
	    phase: string;
	    trigger: string;
	    title: string;
	    source: string;
	    builtin: boolean;
	    // Go type: time
	    updated_at: any;
	
	    static createFrom(source: any = {}) {
	        return new Template(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.channel = source["channel"];
	        this.phase = source["phase"];
	        this.trigger = source["trigger"];
	        this.title = source["title"];
	        this.source = source["source"];
	        this.builtin = source["builtin"];
	        this.updated_at = this.convertValues(source["updated_at"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TemplateVariable {
	    name: string;
	    value: string;
	
	    static createFrom(source: any = {}) {
	        return new TemplateVariable(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.value = source["value"];
	    }
	}
	

}

