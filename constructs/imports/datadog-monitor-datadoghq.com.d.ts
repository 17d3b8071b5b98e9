import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * DatadogMonitor allows to define and manage Monitors from your Kubernetes Cluster
 *
 * @schema DatadogMonitor
 */
export declare class DatadogMonitor extends ApiObject {
    /**
     * Returns the apiVersion and kind for "DatadogMonitor"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "DatadogMonitor".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: DatadogMonitorProps): any;
    /**
     * Defines a "DatadogMonitor" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: DatadogMonitorProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * DatadogMonitor allows to define and manage Monitors from your Kubernetes Cluster
 *
 * @schema DatadogMonitor
 */
export interface DatadogMonitorProps {
    /**
     * @schema DatadogMonitor#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * DatadogMonitorSpec defines the desired state of DatadogMonitor
     *
     * @schema DatadogMonitor#spec
     */
    readonly spec?: DatadogMonitorSpec;
}
/**
 * Converts an object of type 'DatadogMonitorProps' to JSON representation.
 */
export declare function toJson_DatadogMonitorProps(obj: DatadogMonitorProps | undefined): Record<string, any> | undefined;
/**
 * DatadogMonitorSpec defines the desired state of DatadogMonitor
 *
 * @schema DatadogMonitorSpec
 */
export interface DatadogMonitorSpec {
    /**
     * ControllerOptions are the optional parameters in the DatadogMonitor controller
     *
     * @schema DatadogMonitorSpec#controllerOptions
     */
    readonly controllerOptions?: DatadogMonitorSpecControllerOptions;
    /**
     * Message is a message to include with notifications for this monitor
     *
     * @schema DatadogMonitorSpec#message
     */
    readonly message: string;
    /**
     * Name is the monitor name
     *
     * @schema DatadogMonitorSpec#name
     */
    readonly name: string;
    /**
     * Options are the optional parameters associated with your monitor
     *
     * @schema DatadogMonitorSpec#options
     */
    readonly options?: DatadogMonitorSpecOptions;
    /**
     * Priority is an integer from 1 (high) to 5 (low) indicating alert severity
     *
     * @schema DatadogMonitorSpec#priority
     */
    readonly priority?: number;
    /**
     * Query is the Datadog monitor query
     *
     * @schema DatadogMonitorSpec#query
     */
    readonly query: string;
    /**
     * RestrictedRoles is a list of unique role identifiers to define which roles are allowed to edit the monitor.
     * `restricted_roles` is the successor of `locked`. For more information about `locked` and `restricted_roles`,
     * see the [monitor options docs](https://docs.datadoghq.com/monitors/guide/monitor_api_options/#permissions-options).
     *
     * @schema DatadogMonitorSpec#restrictedRoles
     */
    readonly restrictedRoles?: string[];
    /**
     * Tags is the monitor tags associated with your monitor
     *
     * @schema DatadogMonitorSpec#tags
     */
    readonly tags?: string[];
    /**
     * Type is the monitor type
     *
     * @schema DatadogMonitorSpec#type
     */
    readonly type: DatadogMonitorSpecType;
}
/**
 * Converts an object of type 'DatadogMonitorSpec' to JSON representation.
 */
export declare function toJson_DatadogMonitorSpec(obj: DatadogMonitorSpec | undefined): Record<string, any> | undefined;
/**
 * ControllerOptions are the optional parameters in the DatadogMonitor controller
 *
 * @schema DatadogMonitorSpecControllerOptions
 */
export interface DatadogMonitorSpecControllerOptions {
    /**
     * DisableRequiredTags disables the automatic addition of required tags to monitors.
     *
     * @schema DatadogMonitorSpecControllerOptions#disableRequiredTags
     */
    readonly disableRequiredTags?: boolean;
}
/**
 * Converts an object of type 'DatadogMonitorSpecControllerOptions' to JSON representation.
 */
export declare function toJson_DatadogMonitorSpecControllerOptions(obj: DatadogMonitorSpecControllerOptions | undefined): Record<string, any> | undefined;
/**
 * Options are the optional parameters associated with your monitor
 *
 * @schema DatadogMonitorSpecOptions
 */
export interface DatadogMonitorSpecOptions {
    /**
     * A Boolean indicating whether to send a log sample when the log monitor triggers.
     *
     * @schema DatadogMonitorSpecOptions#enableLogsSample
     */
    readonly enableLogsSample?: boolean;
    /**
     * A message to include with a re-notification.
     *
     * @schema DatadogMonitorSpecOptions#escalationMessage
     */
    readonly escalationMessage?: string;
    /**
     * Time (in seconds) to delay evaluation, as a non-negative integer. For example, if the value is set to 300 (5min),
     * the timeframe is set to last_5m and the time is 7:00, the monitor evaluates data from 6:50 to 6:55.
     * This is useful for AWS CloudWatch and other backfilled metrics to ensure the monitor always has data during evaluation.
     *
     * @schema DatadogMonitorSpecOptions#evaluationDelay
     */
    readonly evaluationDelay?: number;
    /**
     * The time span after which groups with missing data are dropped from the monitor state.
     * The minimum value is one hour, and the maximum value is 72 hours.
     * Example values are: "60m", "1h", and "2d".
     * This option is only available for APM Trace Analytics, Audit Trail, CI, Error Tracking, Event, Logs, and RUM monitors.
     *
     * @schema DatadogMonitorSpecOptions#groupRetentionDuration
     */
    readonly groupRetentionDuration?: string;
    /**
     * A Boolean indicating whether the log alert monitor triggers a single alert or multiple alerts when any group breaches a threshold.
     *
     * @schema DatadogMonitorSpecOptions#groupbySimpleMonitor
     */
    readonly groupbySimpleMonitor?: boolean;
    /**
     * A Boolean indicating whether notifications from this monitor automatically inserts its triggering tags into the title.
     *
     * @schema DatadogMonitorSpecOptions#includeTags
     */
    readonly includeTags?: boolean;
    /**
     * DEPRECATED: Whether or not the monitor is locked (only editable by creator and admins). Use `restricted_roles` instead.
     *
     * @schema DatadogMonitorSpecOptions#locked
     */
    readonly locked?: boolean;
    /**
     * Time (in seconds) to allow a host to boot and applications to fully start before starting the evaluation of
     * monitor results. Should be a non negative integer.
     *
     * @schema DatadogMonitorSpecOptions#newGroupDelay
     */
    readonly newGroupDelay?: number;
    /**
     * The number of minutes before a monitor notifies after data stops reporting. Datadog recommends at least 2x the
     * monitor timeframe for metric alerts or 2 minutes for service checks. If omitted, 2x the evaluation timeframe
     * is used for metric alerts, and 24 hours is used for service checks.
     *
     * @schema DatadogMonitorSpecOptions#noDataTimeframe
     */
    readonly noDataTimeframe?: number;
    /**
     * An enum that toggles the display of additional content sent in the monitor notification.
     *
     * @schema DatadogMonitorSpecOptions#notificationPresetName
     */
    readonly notificationPresetName?: string;
    /**
     * A Boolean indicating whether tagged users are notified on changes to this monitor.
     *
     * @schema DatadogMonitorSpecOptions#notifyAudit
     */
    readonly notifyAudit?: boolean;
    /**
     * A string indicating the granularity a monitor alerts on. Only available for monitors with groupings.
     * For instance, a monitor grouped by cluster, namespace, and pod can be configured to only notify on each new
     * cluster violating the alert conditions by setting notify_by to ["cluster"]. Tags mentioned in notify_by must
     * be a subset of the grouping tags in the query. For example, a query grouped by cluster and namespace cannot
     * notify on region. Setting notify_by to [*] configures the monitor to notify as a simple-alert.
     *
     * @schema DatadogMonitorSpecOptions#notifyBy
     */
    readonly notifyBy?: string[];
    /**
     * A Boolean indicating whether this monitor notifies when data stops reporting.
     *
     * @schema DatadogMonitorSpecOptions#notifyNoData
     */
    readonly notifyNoData?: boolean;
    /**
     * An enum that controls how groups or monitors are treated if an evaluation does not return data points.
     * The default option results in different behavior depending on the monitor query type.
     * For monitors using Count queries, an empty monitor evaluation is treated as 0 and is compared to the threshold conditions.
     * For monitors using any query type other than Count, for example Gauge, Measure, or Rate, the monitor shows the last known status.
     * This option is only available for APM Trace Analytics, Audit Trail, CI, Error Tracking, Event, Logs, and RUM monitors
     *
     * @schema DatadogMonitorSpecOptions#onMissingData
     */
    readonly onMissingData?: string;
    /**
     * The number of minutes after the last notification before a monitor re-notifies on the current status.
     * It only re-notifies if it’s not resolved.
     *
     * @schema DatadogMonitorSpecOptions#renotifyInterval
     */
    readonly renotifyInterval?: number;
    /**
     * The number of times re-notification messages should be sent on the current status at the provided re-notification interval.
     *
     * @schema DatadogMonitorSpecOptions#renotifyOccurrences
     */
    readonly renotifyOccurrences?: number;
    /**
     * The types of statuses for which re-notification messages should be sent. Valid values are alert, warn, no data.
     *
     * @schema DatadogMonitorSpecOptions#renotifyStatuses
     */
    readonly renotifyStatuses?: string[];
    /**
     * A Boolean indicating whether this monitor needs a full window of data before it’s evaluated. We highly
     * recommend you set this to false for sparse metrics, otherwise some evaluations are skipped. Default is false.
     *
     * @default false.
     * @schema DatadogMonitorSpecOptions#requireFullWindow
     */
    readonly requireFullWindow?: boolean;
    /**
     * Configuration options for scheduling.
     *
     * @schema DatadogMonitorSpecOptions#schedulingOptions
     */
    readonly schedulingOptions?: DatadogMonitorSpecOptionsSchedulingOptions;
    /**
     * A struct of the alerting time window options.
     *
     * @schema DatadogMonitorSpecOptions#thresholdWindows
     */
    readonly thresholdWindows?: DatadogMonitorSpecOptionsThresholdWindows;
    /**
     * A struct of the different monitor threshold values.
     *
     * @schema DatadogMonitorSpecOptions#thresholds
     */
    readonly thresholds?: DatadogMonitorSpecOptionsThresholds;
    /**
     * The number of hours of the monitor not reporting data before it automatically resolves from a triggered state.
     *
     * @schema DatadogMonitorSpecOptions#timeoutH
     */
    readonly timeoutH?: number;
}
/**
 * Converts an object of type 'DatadogMonitorSpecOptions' to JSON representation.
 */
export declare function toJson_DatadogMonitorSpecOptions(obj: DatadogMonitorSpecOptions | undefined): Record<string, any> | undefined;
/**
 * Type is the monitor type
 *
 * @schema DatadogMonitorSpecType
 */
export declare enum DatadogMonitorSpecType {
    /** metric alert */
    METRIC_ALERT = "metric alert",
    /** query alert */
    QUERY_ALERT = "query alert",
    /** service check */
    SERVICE_CHECK = "service check",
    /** event alert */
    EVENT_ALERT = "event alert",
    /** log alert */
    LOG_ALERT = "log alert",
    /** process alert */
    PROCESS_ALERT = "process alert",
    /** rum alert */
    RUM_ALERT = "rum alert",
    /** trace-analytics alert */
    TRACE_HYPHEN_ANALYTICS_ALERT = "trace-analytics alert",
    /** slo alert */
    SLO_ALERT = "slo alert",
    /** event-v2 alert */
    EVENT_HYPHEN_V2_ALERT = "event-v2 alert",
    /** audit alert */
    AUDIT_ALERT = "audit alert",
    /** composite */
    COMPOSITE = "composite",
    /** error-tracking alert */
    ERROR_HYPHEN_TRACKING_ALERT = "error-tracking alert"
}
/**
 * Configuration options for scheduling.
 *
 * @schema DatadogMonitorSpecOptionsSchedulingOptions
 */
export interface DatadogMonitorSpecOptionsSchedulingOptions {
    /**
     * Configuration options for the custom schedule. If start is omitted, the monitor creation time will be used.
     *
     * @schema DatadogMonitorSpecOptionsSchedulingOptions#customSchedule
     */
    readonly customSchedule?: DatadogMonitorSpecOptionsSchedulingOptionsCustomSchedule;
    /**
     * Configuration options for the evaluation window. If hour_starts is set, no other fields may be set.
     * Otherwise, day_starts and month_starts must be set together.
     *
     * @schema DatadogMonitorSpecOptionsSchedulingOptions#evaluationWindow
     */
    readonly evaluationWindow?: DatadogMonitorSpecOptionsSchedulingOptionsEvaluationWindow;
}
/**
 * Converts an object of type 'DatadogMonitorSpecOptionsSchedulingOptions' to JSON representation.
 */
export declare function toJson_DatadogMonitorSpecOptionsSchedulingOptions(obj: DatadogMonitorSpecOptionsSchedulingOptions | undefined): Record<string, any> | undefined;
/**
 * A struct of the alerting time window options.
 *
 * @schema DatadogMonitorSpecOptionsThresholdWindows
 */
export interface DatadogMonitorSpecOptionsThresholdWindows {
    /**
     * Describes how long an anomalous metric must be normal before the alert recovers.
     *
     * @schema DatadogMonitorSpecOptionsThresholdWindows#recoveryWindow
     */
    readonly recoveryWindow?: string;
    /**
     * Describes how long a metric must be anomalous before an alert triggers.
     *
     * @schema DatadogMonitorSpecOptionsThresholdWindows#triggerWindow
     */
    readonly triggerWindow?: string;
}
/**
 * Converts an object of type 'DatadogMonitorSpecOptionsThresholdWindows' to JSON representation.
 */
export declare function toJson_DatadogMonitorSpecOptionsThresholdWindows(obj: DatadogMonitorSpecOptionsThresholdWindows | undefined): Record<string, any> | undefined;
/**
 * A struct of the different monitor threshold values.
 *
 * @schema DatadogMonitorSpecOptionsThresholds
 */
export interface DatadogMonitorSpecOptionsThresholds {
    /**
     * The monitor CRITICAL threshold.
     *
     * @schema DatadogMonitorSpecOptionsThresholds#critical
     */
    readonly critical?: string;
    /**
     * The monitor CRITICAL recovery threshold.
     *
     * @schema DatadogMonitorSpecOptionsThresholds#criticalRecovery
     */
    readonly criticalRecovery?: string;
    /**
     * The monitor OK threshold.
     *
     * @schema DatadogMonitorSpecOptionsThresholds#ok
     */
    readonly ok?: string;
    /**
     * The monitor UNKNOWN threshold.
     *
     * @schema DatadogMonitorSpecOptionsThresholds#unknown
     */
    readonly unknown?: string;
    /**
     * The monitor WARNING threshold.
     *
     * @schema DatadogMonitorSpecOptionsThresholds#warning
     */
    readonly warning?: string;
    /**
     * The monitor WARNING recovery threshold.
     *
     * @schema DatadogMonitorSpecOptionsThresholds#warningRecovery
     */
    readonly warningRecovery?: string;
}
/**
 * Converts an object of type 'DatadogMonitorSpecOptionsThresholds' to JSON representation.
 */
export declare function toJson_DatadogMonitorSpecOptionsThresholds(obj: DatadogMonitorSpecOptionsThresholds | undefined): Record<string, any> | undefined;
/**
 * Configuration options for the custom schedule. If start is omitted, the monitor creation time will be used.
 *
 * @schema DatadogMonitorSpecOptionsSchedulingOptionsCustomSchedule
 */
export interface DatadogMonitorSpecOptionsSchedulingOptionsCustomSchedule {
    /**
     * DatadogMonitorOptionsSchedulingOptionsCustomScheduleRecurrence is a struct of the recurrence definition
     *
     * @schema DatadogMonitorSpecOptionsSchedulingOptionsCustomSchedule#recurrence
     */
    readonly recurrence?: DatadogMonitorSpecOptionsSchedulingOptionsCustomScheduleRecurrence;
}
/**
 * Converts an object of type 'DatadogMonitorSpecOptionsSchedulingOptionsCustomSchedule' to JSON representation.
 */
export declare function toJson_DatadogMonitorSpecOptionsSchedulingOptionsCustomSchedule(obj: DatadogMonitorSpecOptionsSchedulingOptionsCustomSchedule | undefined): Record<string, any> | undefined;
/**
 * Configuration options for the evaluation window. If hour_starts is set, no other fields may be set.
 * Otherwise, day_starts and month_starts must be set together.
 *
 * @schema DatadogMonitorSpecOptionsSchedulingOptionsEvaluationWindow
 */
export interface DatadogMonitorSpecOptionsSchedulingOptionsEvaluationWindow {
    /**
     * The time of the day at which a one day cumulative evaluation window starts. Must be defined in UTC time in HH:mm format.
     *
     * @schema DatadogMonitorSpecOptionsSchedulingOptionsEvaluationWindow#dayStarts
     */
    readonly dayStarts?: string;
    /**
     * The minute of the hour at which a one hour cumulative evaluation window starts.
     *
     * @schema DatadogMonitorSpecOptionsSchedulingOptionsEvaluationWindow#hourStarts
     */
    readonly hourStarts?: number;
    /**
     * The day of the month at which a one month cumulative evaluation window starts.
     *
     * @schema DatadogMonitorSpecOptionsSchedulingOptionsEvaluationWindow#monthStarts
     */
    readonly monthStarts?: number;
}
/**
 * Converts an object of type 'DatadogMonitorSpecOptionsSchedulingOptionsEvaluationWindow' to JSON representation.
 */
export declare function toJson_DatadogMonitorSpecOptionsSchedulingOptionsEvaluationWindow(obj: DatadogMonitorSpecOptionsSchedulingOptionsEvaluationWindow | undefined): Record<string, any> | undefined;
/**
 * DatadogMonitorOptionsSchedulingOptionsCustomScheduleRecurrence is a struct of the recurrence definition
 *
 * @schema DatadogMonitorSpecOptionsSchedulingOptionsCustomScheduleRecurrence
 */
export interface DatadogMonitorSpecOptionsSchedulingOptionsCustomScheduleRecurrence {
    /**
     * The recurrence rule in iCalendar format. For example, `FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1`.
     *
     * @schema DatadogMonitorSpecOptionsSchedulingOptionsCustomScheduleRecurrence#rrule
     */
    readonly rrule?: string;
    /**
     * The start date of the recurrence rule defined in `YYYY-MM-DDThh:mm:ss` format.
     * If omitted, the monitor creation time will be used.
     *
     * @schema DatadogMonitorSpecOptionsSchedulingOptionsCustomScheduleRecurrence#start
     */
    readonly start?: string;
    /**
     * The timezone in `tz database` format, in which the recurrence rule is defined. For example, `America/New_York` or `UTC`.
     *
     * @schema DatadogMonitorSpecOptionsSchedulingOptionsCustomScheduleRecurrence#timezone
     */
    readonly timezone?: string;
}
/**
 * Converts an object of type 'DatadogMonitorSpecOptionsSchedulingOptionsCustomScheduleRecurrence' to JSON representation.
 */
export declare function toJson_DatadogMonitorSpecOptionsSchedulingOptionsCustomScheduleRecurrence(obj: DatadogMonitorSpecOptionsSchedulingOptionsCustomScheduleRecurrence | undefined): Record<string, any> | undefined;
