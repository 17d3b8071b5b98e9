import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Rollout is a specification for a Rollout resource
 *
 * @schema Rollout
 */
export declare class Rollout extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Rollout"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Rollout".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: RolloutProps): any;
    /**
     * Defines a "Rollout" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: RolloutProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Rollout is a specification for a Rollout resource
 *
 * @schema Rollout
 */
export interface RolloutProps {
    /**
     * @schema Rollout#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * RolloutSpec is the spec for a Rollout resource
     *
     * @schema Rollout#spec
     */
    readonly spec: RolloutSpec;
}
/**
 * Converts an object of type 'RolloutProps' to JSON representation.
 */
export declare function toJson_RolloutProps(obj: RolloutProps | undefined): Record<string, any> | undefined;
/**
 * RolloutSpec is the spec for a Rollout resource
 *
 * @schema RolloutSpec
 */
export interface RolloutSpec {
    /**
     * Analysis configuration for the analysis runs to retain
     *
     * @schema RolloutSpec#analysis
     */
    readonly analysis?: RolloutSpecAnalysis;
    /**
     * Minimum number of seconds for which a newly created pod should be ready
     * without any of its container crashing, for it to be considered available.
     * Defaults to 0 (pod will be considered available as soon as it is ready)
     *
     * @default 0 (pod will be considered available as soon as it is ready)
     * @schema RolloutSpec#minReadySeconds
     */
    readonly minReadySeconds?: number;
    /**
     * Paused pauses the rollout at its current step.
     *
     * @schema RolloutSpec#paused
     */
    readonly paused?: boolean;
    /**
     * ProgressDeadlineAbort is whether to abort the update when ProgressDeadlineSeconds
     * is exceeded.
     *
     * @schema RolloutSpec#progressDeadlineAbort
     */
    readonly progressDeadlineAbort?: boolean;
    /**
     * ProgressDeadlineSeconds The maximum time in seconds for a rollout to
     * make progress before it is considered to be failed. Argo Rollouts will
     * continue to process failed rollouts and a condition with a
     * ProgressDeadlineExceeded reason will be surfaced in the rollout status.
     * Note that progress will not be estimated during the time a rollout is paused.
     * Defaults to 600s.
     *
     * @default 600s.
     * @schema RolloutSpec#progressDeadlineSeconds
     */
    readonly progressDeadlineSeconds?: number;
    /**
     * Number of desired pods. This is a pointer to distinguish between explicit
     * zero and not specified. Defaults to 1.
     *
     * @default 1.
     * @schema RolloutSpec#replicas
     */
    readonly replicas?: number;
    /**
     * RestartAt indicates when all the pods of a Rollout should be restarted
     *
     * @schema RolloutSpec#restartAt
     */
    readonly restartAt?: Date;
    /**
     * The number of old ReplicaSets to retain. If unspecified, will retain 10 old ReplicaSets
     *
     * @schema RolloutSpec#revisionHistoryLimit
     */
    readonly revisionHistoryLimit?: number;
    /**
     * The window in which a rollback will be fast tracked (fully promoted)
     *
     * @schema RolloutSpec#rollbackWindow
     */
    readonly rollbackWindow?: RolloutSpecRollbackWindow;
    /**
     * Label selector for pods. Existing ReplicaSets whose pods are
     * selected by this will be the ones affected by this rollout.
     * It must match the pod template's labels.
     *
     * @schema RolloutSpec#selector
     */
    readonly selector?: RolloutSpecSelector;
    /**
     * The deployment strategy to use to replace existing pods with new ones.
     *
     * @schema RolloutSpec#strategy
     */
    readonly strategy?: RolloutSpecStrategy;
    /**
     * Template describes the pods that will be created.
     *
     * @schema RolloutSpec#template
     */
    readonly template?: RolloutSpecTemplate;
    /**
     * WorkloadRef holds a references to a workload that provides Pod template
     *
     * @schema RolloutSpec#workloadRef
     */
    readonly workloadRef?: RolloutSpecWorkloadRef;
}
/**
 * Converts an object of type 'RolloutSpec' to JSON representation.
 */
export declare function toJson_RolloutSpec(obj: RolloutSpec | undefined): Record<string, any> | undefined;
/**
 * Analysis configuration for the analysis runs to retain
 *
 * @schema RolloutSpecAnalysis
 */
export interface RolloutSpecAnalysis {
    /**
     * SuccessfulRunHistoryLimit limits the number of old successful analysis runs and experiments to be retained in a history
     *
     * @schema RolloutSpecAnalysis#successfulRunHistoryLimit
     */
    readonly successfulRunHistoryLimit?: number;
    /**
     * UnsuccessfulRunHistoryLimit limits the number of old unsuccessful analysis runs and experiments to be retained in a history.
     * Stages for unsuccessful: "Error", "Failed", "Inconclusive"
     *
     * @schema RolloutSpecAnalysis#unsuccessfulRunHistoryLimit
     */
    readonly unsuccessfulRunHistoryLimit?: number;
}
/**
 * Converts an object of type 'RolloutSpecAnalysis' to JSON representation.
 */
export declare function toJson_RolloutSpecAnalysis(obj: RolloutSpecAnalysis | undefined): Record<string, any> | undefined;
/**
 * The window in which a rollback will be fast tracked (fully promoted)
 *
 * @schema RolloutSpecRollbackWindow
 */
export interface RolloutSpecRollbackWindow {
    /**
     * @schema RolloutSpecRollbackWindow#revisions
     */
    readonly revisions?: number;
}
/**
 * Converts an object of type 'RolloutSpecRollbackWindow' to JSON representation.
 */
export declare function toJson_RolloutSpecRollbackWindow(obj: RolloutSpecRollbackWindow | undefined): Record<string, any> | undefined;
/**
 * Label selector for pods. Existing ReplicaSets whose pods are
 * selected by this will be the ones affected by this rollout.
 * It must match the pod template's labels.
 *
 * @schema RolloutSpecSelector
 */
export interface RolloutSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RolloutSpecSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RolloutSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecSelector(obj: RolloutSpecSelector | undefined): Record<string, any> | undefined;
/**
 * The deployment strategy to use to replace existing pods with new ones.
 *
 * @schema RolloutSpecStrategy
 */
export interface RolloutSpecStrategy {
    /**
     * BlueGreenStrategy defines parameters for Blue Green deployment
     *
     * @schema RolloutSpecStrategy#blueGreen
     */
    readonly blueGreen?: RolloutSpecStrategyBlueGreen;
    /**
     * CanaryStrategy defines parameters for a Replica Based Canary
     *
     * @schema RolloutSpecStrategy#canary
     */
    readonly canary?: RolloutSpecStrategyCanary;
}
/**
 * Converts an object of type 'RolloutSpecStrategy' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategy(obj: RolloutSpecStrategy | undefined): Record<string, any> | undefined;
/**
 * Template describes the pods that will be created.
 *
 * @schema RolloutSpecTemplate
 */
export interface RolloutSpecTemplate {
    /**
     * @schema RolloutSpecTemplate#metadata
     */
    readonly metadata?: RolloutSpecTemplateMetadata;
    /**
     * Specification of the desired behavior of the pod.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
     *
     * @schema RolloutSpecTemplate#spec
     */
    readonly spec?: RolloutSpecTemplateSpec;
}
/**
 * Converts an object of type 'RolloutSpecTemplate' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplate(obj: RolloutSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * WorkloadRef holds a references to a workload that provides Pod template
 *
 * @schema RolloutSpecWorkloadRef
 */
export interface RolloutSpecWorkloadRef {
    /**
     * API Version of the referent
     *
     * @schema RolloutSpecWorkloadRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Kind of the referent
     *
     * @schema RolloutSpecWorkloadRef#kind
     */
    readonly kind?: string;
    /**
     * Name of the referent
     *
     * @schema RolloutSpecWorkloadRef#name
     */
    readonly name?: string;
    /**
     * Automatically scale down deployment
     *
     * @schema RolloutSpecWorkloadRef#scaleDown
     */
    readonly scaleDown?: string;
}
/**
 * Converts an object of type 'RolloutSpecWorkloadRef' to JSON representation.
 */
export declare function toJson_RolloutSpecWorkloadRef(obj: RolloutSpecWorkloadRef | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RolloutSpecSelectorMatchExpressions
 */
export interface RolloutSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RolloutSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RolloutSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RolloutSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecSelectorMatchExpressions(obj: RolloutSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * BlueGreenStrategy defines parameters for Blue Green deployment
 *
 * @schema RolloutSpecStrategyBlueGreen
 */
export interface RolloutSpecStrategyBlueGreen {
    /**
     * AbortScaleDownDelaySeconds adds a delay in second before scaling down the preview replicaset
     * if update is aborted. 0 means not to scale down.
     * Default is 30 second
     *
     * @default 30 second
     * @schema RolloutSpecStrategyBlueGreen#abortScaleDownDelaySeconds
     */
    readonly abortScaleDownDelaySeconds?: number;
    /**
     * ActiveMetadata specify labels and annotations which will be attached to the active pods for
     * the duration which they act as a active pod, and will be removed after
     *
     * @schema RolloutSpecStrategyBlueGreen#activeMetadata
     */
    readonly activeMetadata?: RolloutSpecStrategyBlueGreenActiveMetadata;
    /**
     * Name of the service that the rollout modifies as the active service.
     *
     * @schema RolloutSpecStrategyBlueGreen#activeService
     */
    readonly activeService: string;
    /**
     * AntiAffinity enables anti-affinity rules for Blue Green deployment
     *
     * @schema RolloutSpecStrategyBlueGreen#antiAffinity
     */
    readonly antiAffinity?: RolloutSpecStrategyBlueGreenAntiAffinity;
    /**
     * AutoPromotionEnabled indicates if the rollout should automatically promote the new ReplicaSet
     * to the active service or enter a paused state. If not specified, the default value is true.
     *
     * @schema RolloutSpecStrategyBlueGreen#autoPromotionEnabled
     */
    readonly autoPromotionEnabled?: boolean;
    /**
     * AutoPromotionSeconds is a duration in seconds in which to delay auto-promotion (default: 0).
     * The countdown begins after the preview ReplicaSet have reached full availability.
     * This option is ignored if autoPromotionEnabled is set to false.
     *
     * @schema RolloutSpecStrategyBlueGreen#autoPromotionSeconds
     */
    readonly autoPromotionSeconds?: number;
    /**
     * MaxUnavailable The maximum number of pods that can be unavailable during a restart operation.
     * Defaults to 25% of total replicas.
     *
     * @default 25% of total replicas.
     * @schema RolloutSpecStrategyBlueGreen#maxUnavailable
     */
    readonly maxUnavailable?: RolloutSpecStrategyBlueGreenMaxUnavailable;
    /**
     * PostPromotionAnalysis configuration to run analysis after a selector switch
     *
     * @schema RolloutSpecStrategyBlueGreen#postPromotionAnalysis
     */
    readonly postPromotionAnalysis?: RolloutSpecStrategyBlueGreenPostPromotionAnalysis;
    /**
     * PrePromotionAnalysis configuration to run analysis before a selector switch
     *
     * @schema RolloutSpecStrategyBlueGreen#prePromotionAnalysis
     */
    readonly prePromotionAnalysis?: RolloutSpecStrategyBlueGreenPrePromotionAnalysis;
    /**
     * PreviewMetadata specify labels and annotations which will be attached to the preview pods for
     * the duration which they act as a preview pod, and will be removed after
     *
     * @schema RolloutSpecStrategyBlueGreen#previewMetadata
     */
    readonly previewMetadata?: RolloutSpecStrategyBlueGreenPreviewMetadata;
    /**
     * PreviewReplicaCount is the number of replicas to run for the preview stack before the
     * switchover. Once the rollout is resumed the desired replicaset will be full scaled up before the switch occurs
     *
     * @schema RolloutSpecStrategyBlueGreen#previewReplicaCount
     */
    readonly previewReplicaCount?: number;
    /**
     * Name of the service that the rollout modifies as the preview service.
     *
     * @schema RolloutSpecStrategyBlueGreen#previewService
     */
    readonly previewService?: string;
    /**
     * ScaleDownDelayRevisionLimit limits the number of old RS that can run at one time before getting scaled down
     *
     * @schema RolloutSpecStrategyBlueGreen#scaleDownDelayRevisionLimit
     */
    readonly scaleDownDelayRevisionLimit?: number;
    /**
     * ScaleDownDelaySeconds adds a delay before scaling down the previous replicaset.
     * If omitted, the Rollout waits 30 seconds before scaling down the previous ReplicaSet.
     * A minimum of 30 seconds is recommended to ensure IP table propagation across the nodes in
     * a cluster. See https://github.com/argoproj/argo-rollouts/issues/19#issuecomment-476329960 for
     * more information
     *
     * @schema RolloutSpecStrategyBlueGreen#scaleDownDelaySeconds
     */
    readonly scaleDownDelaySeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreen' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreen(obj: RolloutSpecStrategyBlueGreen | undefined): Record<string, any> | undefined;
/**
 * CanaryStrategy defines parameters for a Replica Based Canary
 *
 * @schema RolloutSpecStrategyCanary
 */
export interface RolloutSpecStrategyCanary {
    /**
     * AbortScaleDownDelaySeconds adds a delay in second before scaling down the canary pods when update
     * is aborted for canary strategy with traffic routing (not applicable for basic canary).
     * 0 means canary pods are not scaled down.
     * Default is 30 seconds.
     *
     * @default 30 seconds.
     * @schema RolloutSpecStrategyCanary#abortScaleDownDelaySeconds
     */
    readonly abortScaleDownDelaySeconds?: number;
    /**
     * Analysis runs a separate analysisRun while all the steps execute. This is intended to be a continuous validation of the new ReplicaSet
     *
     * @schema RolloutSpecStrategyCanary#analysis
     */
    readonly analysis?: RolloutSpecStrategyCanaryAnalysis;
    /**
     * AntiAffinity enables anti-affinity rules for Canary deployment
     *
     * @schema RolloutSpecStrategyCanary#antiAffinity
     */
    readonly antiAffinity?: RolloutSpecStrategyCanaryAntiAffinity;
    /**
     * CanaryMetadata specify labels and annotations which will be attached to the canary pods for
     * the duration which they act as a canary, and will be removed after
     *
     * @schema RolloutSpecStrategyCanary#canaryMetadata
     */
    readonly canaryMetadata?: RolloutSpecStrategyCanaryCanaryMetadata;
    /**
     * CanaryService holds the name of a service which selects pods with canary version and don't select any pods with stable version.
     *
     * @schema RolloutSpecStrategyCanary#canaryService
     */
    readonly canaryService?: string;
    /**
     * DynamicStableScale is a traffic routing feature which dynamically scales the stable
     * ReplicaSet to minimize total pods which are running during an update. This is calculated by
     * scaling down the stable as traffic is increased to canary. When disabled (the default behavior)
     * the stable ReplicaSet remains fully scaled to support instantaneous aborts.
     *
     * @schema RolloutSpecStrategyCanary#dynamicStableScale
     */
    readonly dynamicStableScale?: boolean;
    /**
     * MaxSurge The maximum number of pods that can be scheduled above the original number of
     * pods.
     * Value can be an absolute number (ex: 5) or a percentage of total pods at
     * the start of the update (ex: 10%). This can not be 0 if MaxUnavailable is 0.
     * Absolute number is calculated from percentage by rounding up.
     * By default, a value of 25% is used.
     * Example: when this is set to 30%, the new RC can be scaled up by 30%
     * immediately when the rolling update starts. Once old pods have been killed,
     * new RC can be scaled up further, ensuring that total number of pods running
     * at any time during the update is at most 130% of original pods.
     *
     * @schema RolloutSpecStrategyCanary#maxSurge
     */
    readonly maxSurge?: RolloutSpecStrategyCanaryMaxSurge;
    /**
     * MaxUnavailable The maximum number of pods that can be unavailable during the update.
     * Value can be an absolute number (ex: 5) or a percentage of total pods at the start of update (ex: 10%).
     * Absolute number is calculated from percentage by rounding down.
     * This can not be 0 if MaxSurge is 0.
     * By default, a fixed value of 25% is used.
     * Example: when this is set to 30%, the old RC can be scaled down by 30%
     * immediately when the rolling update starts. Once new pods are ready, old RC
     * can be scaled down further, followed by scaling up the new RC, ensuring
     * that at least 70% of original number of pods are available at all times
     * during the update.
     *
     * @schema RolloutSpecStrategyCanary#maxUnavailable
     */
    readonly maxUnavailable?: RolloutSpecStrategyCanaryMaxUnavailable;
    /**
     * Assuming the desired number of pods in a stable or canary ReplicaSet is not zero, then make sure it is at least
     * MinPodsPerReplicaSet for High Availability. Only applicable for TrafficRoutedCanary
     *
     * @schema RolloutSpecStrategyCanary#minPodsPerReplicaSet
     */
    readonly minPodsPerReplicaSet?: number;
    /**
     * PingPongSpec holds the ping and pong services
     *
     * @schema RolloutSpecStrategyCanary#pingPong
     */
    readonly pingPong?: RolloutSpecStrategyCanaryPingPong;
    /**
     * ReplicaProgressThreshold is the threhold number or percentage of pods that need to be available before a rollout promotion.
     * Defaults to 100% of total replicas.
     *
     * @default 100% of total replicas.
     * @schema RolloutSpecStrategyCanary#replicaProgressThreshold
     */
    readonly replicaProgressThreshold?: RolloutSpecStrategyCanaryReplicaProgressThreshold;
    /**
     * ScaleDownDelayRevisionLimit limits the number of old RS that can run at one time before getting scaled down
     *
     * @schema RolloutSpecStrategyCanary#scaleDownDelayRevisionLimit
     */
    readonly scaleDownDelayRevisionLimit?: number;
    /**
     * ScaleDownDelaySeconds adds a delay before scaling down the previous ReplicaSet when the
     * canary strategy is used with traffic routing (default 30 seconds). A delay in scaling down
     * the previous ReplicaSet is needed after switching the stable service selector to point to
     * the new ReplicaSet, in order to give time for traffic providers to re-target the new pods.
     * This value is ignored with basic, replica-weighted canary without traffic routing.
     *
     * @schema RolloutSpecStrategyCanary#scaleDownDelaySeconds
     */
    readonly scaleDownDelaySeconds?: number;
    /**
     * StableMetadata specify labels and annotations which will be attached to the stable pods for
     * the duration which they act as a canary, and will be removed after
     *
     * @schema RolloutSpecStrategyCanary#stableMetadata
     */
    readonly stableMetadata?: RolloutSpecStrategyCanaryStableMetadata;
    /**
     * StableService holds the name of a service which selects pods with stable version and don't select any pods with canary version.
     *
     * @schema RolloutSpecStrategyCanary#stableService
     */
    readonly stableService?: string;
    /**
     * Steps define the order of phases to execute the canary deployment
     *
     * @schema RolloutSpecStrategyCanary#steps
     */
    readonly steps?: RolloutSpecStrategyCanarySteps[];
    /**
     * TrafficRouting hosts all the supported service meshes supported to enable more fine-grained traffic routing
     *
     * @schema RolloutSpecStrategyCanary#trafficRouting
     */
    readonly trafficRouting?: RolloutSpecStrategyCanaryTrafficRouting;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanary' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanary(obj: RolloutSpecStrategyCanary | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateMetadata
 */
export interface RolloutSpecTemplateMetadata {
    /**
     * @schema RolloutSpecTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateMetadata(obj: RolloutSpecTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * Specification of the desired behavior of the pod.
 * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
 *
 * @schema RolloutSpecTemplateSpec
 */
export interface RolloutSpecTemplateSpec {
    /**
     * Optional duration in seconds the pod may be active on the node relative to
     * StartTime before the system will actively try to mark it failed and kill associated containers.
     * Value must be a positive integer.
     *
     * @schema RolloutSpecTemplateSpec#activeDeadlineSeconds
     */
    readonly activeDeadlineSeconds?: number;
    /**
     * If specified, the pod's scheduling constraints
     *
     * @schema RolloutSpecTemplateSpec#affinity
     */
    readonly affinity?: RolloutSpecTemplateSpecAffinity;
    /**
     * AutomountServiceAccountToken indicates whether a service account token should be automatically mounted.
     *
     * @schema RolloutSpecTemplateSpec#automountServiceAccountToken
     */
    readonly automountServiceAccountToken?: boolean;
    /**
     * List of containers belonging to the pod.
     * Containers cannot currently be added or removed.
     * There must be at least one container in a Pod.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpec#containers
     */
    readonly containers: RolloutSpecTemplateSpecContainers[];
    /**
     * Specifies the DNS parameters of a pod.
     * Parameters specified here will be merged to the generated DNS
     * configuration based on DNSPolicy.
     *
     * @schema RolloutSpecTemplateSpec#dnsConfig
     */
    readonly dnsConfig?: RolloutSpecTemplateSpecDnsConfig;
    /**
     * Set DNS policy for the pod.
     * Defaults to "ClusterFirst".
     * Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'.
     * DNS parameters given in DNSConfig will be merged with the policy selected with DNSPolicy.
     * To have DNS options set along with hostNetwork, you have to specify DNS policy
     * explicitly to 'ClusterFirstWithHostNet'.
     *
     * @default ClusterFirst".
     * @schema RolloutSpecTemplateSpec#dnsPolicy
     */
    readonly dnsPolicy?: string;
    /**
     * EnableServiceLinks indicates whether information about services should be injected into pod's
     * environment variables, matching the syntax of Docker links.
     * Optional: Defaults to true.
     *
     * @default true.
     * @schema RolloutSpecTemplateSpec#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * List of ephemeral containers run in this pod. Ephemeral containers may be run in an existing
     * pod to perform user-initiated actions such as debugging. This list cannot be specified when
     * creating a pod, and it cannot be modified by updating the pod spec. In order to add an
     * ephemeral container to an existing pod, use the pod's ephemeralcontainers subresource.
     *
     * @schema RolloutSpecTemplateSpec#ephemeralContainers
     */
    readonly ephemeralContainers?: RolloutSpecTemplateSpecEphemeralContainers[];
    /**
     * HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts
     * file if specified.
     *
     * @schema RolloutSpecTemplateSpec#hostAliases
     */
    readonly hostAliases?: RolloutSpecTemplateSpecHostAliases[];
    /**
     * Use the host's ipc namespace.
     * Optional: Default to false.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpec#hostIPC
     */
    readonly hostIpc?: boolean;
    /**
     * Host networking requested for this pod. Use the host's network namespace.
     * When using HostNetwork you should specify ports so the scheduler is aware.
     * When `hostNetwork` is true, specified `hostPort` fields in port definitions must match `containerPort`,
     * and unspecified `hostPort` fields in port definitions are defaulted to match `containerPort`.
     * Default to false.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpec#hostNetwork
     */
    readonly hostNetwork?: boolean;
    /**
     * Use the host's pid namespace.
     * Optional: Default to false.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpec#hostPID
     */
    readonly hostPid?: boolean;
    /**
     * Use the host's user namespace.
     * Optional: Default to true.
     * If set to true or not present, the pod will be run in the host user namespace, useful
     * for when the pod needs a feature only available to the host user namespace, such as
     * loading a kernel module with CAP_SYS_MODULE.
     * When set to false, a new userns is created for the pod. Setting false is useful for
     * mitigating container breakout vulnerabilities even allowing users to run their
     * containers as root without actually having root privileges on the host.
     * This field is alpha-level and is only honored by servers that enable the UserNamespacesSupport feature.
     *
     * @default true.
     * @schema RolloutSpecTemplateSpec#hostUsers
     */
    readonly hostUsers?: boolean;
    /**
     * Specifies the hostname of the Pod
     * If not specified, the pod's hostname will be set to a system-defined value.
     *
     * @schema RolloutSpecTemplateSpec#hostname
     */
    readonly hostname?: string;
    /**
     * HostnameOverride specifies an explicit override for the pod's hostname as perceived by the pod.
     * This field only specifies the pod's hostname and does not affect its DNS records.
     * When this field is set to a non-empty string:
     * - It takes precedence over the values set in `hostname` and `subdomain`.
     * - The Pod's hostname will be set to this value.
     * - `setHostnameAsFQDN` must be nil or set to false.
     * - `hostNetwork` must be set to false.
     *
     * This field must be a valid DNS subdomain as defined in RFC 1123 and contain at most 64 characters.
     * Requires the HostnameOverride feature gate to be enabled.
     *
     * @schema RolloutSpecTemplateSpec#hostnameOverride
     */
    readonly hostnameOverride?: string;
    /**
     * ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec.
     * If specified, these secrets will be passed to individual puller implementations for them to use.
     * More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod
     *
     * @schema RolloutSpecTemplateSpec#imagePullSecrets
     */
    readonly imagePullSecrets?: RolloutSpecTemplateSpecImagePullSecrets[];
    /**
     * List of initialization containers belonging to the pod.
     * Init containers are executed in order prior to containers being started. If any
     * init container fails, the pod is considered to have failed and is handled according
     * to its restartPolicy. The name for an init container or normal container must be
     * unique among all containers.
     * Init containers may not have Lifecycle actions, Readiness probes, Liveness probes, or Startup probes.
     * The resourceRequirements of an init container are taken into account during scheduling
     * by finding the highest request/limit for each resource type, and then using the max of
     * that value or the sum of the normal containers. Limits are applied to init containers
     * in a similar fashion.
     * Init containers cannot currently be added or removed.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/
     *
     * @schema RolloutSpecTemplateSpec#initContainers
     */
    readonly initContainers?: RolloutSpecTemplateSpecInitContainers[];
    /**
     * NodeName indicates in which node this pod is scheduled.
     * If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName.
     * Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod.
     * This field should not be used to express a desire for the pod to be scheduled on a specific node.
     * https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename
     *
     * @schema RolloutSpecTemplateSpec#nodeName
     */
    readonly nodeName?: string;
    /**
     * NodeSelector is a selector which must be true for the pod to fit on a node.
     * Selector which must match a node's labels for the pod to be scheduled on that node.
     * More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/
     *
     * @schema RolloutSpecTemplateSpec#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * Specifies the OS of the containers in the pod.
     * Some pod and container fields are restricted if this is set.
     *
     * If the OS field is set to linux, the following fields must be unset:
     * -securityContext.windowsOptions
     *
     * If the OS field is set to windows, following fields must be unset:
     * - spec.hostPID
     * - spec.hostIPC
     * - spec.hostUsers
     * - spec.resources
     * - spec.securityContext.appArmorProfile
     * - spec.securityContext.seLinuxOptions
     * - spec.securityContext.seccompProfile
     * - spec.securityContext.fsGroup
     * - spec.securityContext.fsGroupChangePolicy
     * - spec.securityContext.sysctls
     * - spec.shareProcessNamespace
     * - spec.securityContext.runAsUser
     * - spec.securityContext.runAsGroup
     * - spec.securityContext.supplementalGroups
     * - spec.securityContext.supplementalGroupsPolicy
     * - spec.containers[*].securityContext.appArmorProfile
     * - spec.containers[*].securityContext.seLinuxOptions
     * - spec.containers[*].securityContext.seccompProfile
     * - spec.containers[*].securityContext.capabilities
     * - spec.containers[*].securityContext.readOnlyRootFilesystem
     * - spec.containers[*].securityContext.privileged
     * - spec.containers[*].securityContext.allowPrivilegeEscalation
     * - spec.containers[*].securityContext.procMount
     * - spec.containers[*].securityContext.runAsUser
     * - spec.containers[*].securityContext.runAsGroup
     *
     * @schema RolloutSpecTemplateSpec#os
     */
    readonly os?: RolloutSpecTemplateSpecOs;
    /**
     * Overhead represents the resource overhead associated with running a pod for a given RuntimeClass.
     * This field will be autopopulated at admission time by the RuntimeClass admission controller. If
     * the RuntimeClass admission controller is enabled, overhead must not be set in Pod create requests.
     * The RuntimeClass admission controller will reject Pod create requests which have the overhead already
     * set. If RuntimeClass is configured and selected in the PodSpec, Overhead will be set to the value
     * defined in the corresponding RuntimeClass, otherwise it will remain unset and treated as zero.
     * More info: https://git.k8s.io/enhancements/keps/sig-node/688-pod-overhead/README.md
     *
     * @schema RolloutSpecTemplateSpec#overhead
     */
    readonly overhead?: {
        [key: string]: RolloutSpecTemplateSpecOverhead;
    };
    /**
     * PreemptionPolicy is the Policy for preempting pods with lower priority.
     * One of Never, PreemptLowerPriority.
     * Defaults to PreemptLowerPriority if unset.
     *
     * @default PreemptLowerPriority if unset.
     * @schema RolloutSpecTemplateSpec#preemptionPolicy
     */
    readonly preemptionPolicy?: string;
    /**
     * The priority value. Various system components use this field to find the
     * priority of the pod. When Priority Admission Controller is enabled, it
     * prevents users from setting this field. The admission controller populates
     * this field from PriorityClassName.
     * The higher the value, the higher the priority.
     *
     * @schema RolloutSpecTemplateSpec#priority
     */
    readonly priority?: number;
    /**
     * If specified, indicates the pod's priority. "system-node-critical" and
     * "system-cluster-critical" are two special keywords which indicate the
     * highest priorities with the former being the highest priority. Any other
     * name must be defined by creating a PriorityClass object with that name.
     * If not specified, the pod priority will be default or zero if there is no
     * default.
     *
     * @schema RolloutSpecTemplateSpec#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * If specified, all readiness gates will be evaluated for pod readiness.
     * A pod is ready when all its containers are ready AND
     * all conditions specified in the readiness gates have status equal to "True"
     * More info: https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates
     *
     * @schema RolloutSpecTemplateSpec#readinessGates
     */
    readonly readinessGates?: RolloutSpecTemplateSpecReadinessGates[];
    /**
     * ResourceClaims defines which ResourceClaims must be allocated
     * and reserved before the Pod is allowed to start. The resources
     * will be made available to those containers which consume them
     * by name.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable.
     *
     * @schema RolloutSpecTemplateSpec#resourceClaims
     */
    readonly resourceClaims?: RolloutSpecTemplateSpecResourceClaims[];
    /**
     * Resources is the total amount of CPU and Memory resources required by all
     * containers in the pod. It supports specifying Requests and Limits for
     * "cpu", "memory" and "hugepages-" resource names only. ResourceClaims are not supported.
     *
     * This field enables fine-grained control over resource allocation for the
     * entire pod, allowing resource sharing among containers in a pod.
     *
     * This is an alpha field and requires enabling the PodLevelResources feature
     * gate.
     *
     * @schema RolloutSpecTemplateSpec#resources
     */
    readonly resources?: RolloutSpecTemplateSpecResources;
    /**
     * Restart policy for all containers within the pod.
     * One of Always, OnFailure, Never. In some contexts, only a subset of those values may be permitted.
     * Default to Always.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy
     *
     * @default Always.
     * @schema RolloutSpecTemplateSpec#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * RuntimeClassName refers to a RuntimeClass object in the node.k8s.io group, which should be used
     * to run this pod.  If no RuntimeClass resource matches the named class, the pod will not be run.
     * If unset or empty, the "legacy" RuntimeClass will be used, which is an implicit class with an
     * empty definition that uses the default runtime handler.
     * More info: https://git.k8s.io/enhancements/keps/sig-node/585-runtime-class
     *
     * @schema RolloutSpecTemplateSpec#runtimeClassName
     */
    readonly runtimeClassName?: string;
    /**
     * If specified, the pod will be dispatched by specified scheduler.
     * If not specified, the pod will be dispatched by default scheduler.
     *
     * @schema RolloutSpecTemplateSpec#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * SchedulingGates is an opaque list of values that if specified will block scheduling the pod.
     * If schedulingGates is not empty, the pod will stay in the SchedulingGated state and the
     * scheduler will not attempt to schedule the pod.
     *
     * SchedulingGates can only be set at pod creation time, and be removed only afterwards.
     *
     * @schema RolloutSpecTemplateSpec#schedulingGates
     */
    readonly schedulingGates?: RolloutSpecTemplateSpecSchedulingGates[];
    /**
     * SecurityContext holds pod-level security attributes and common container settings.
     * Optional: Defaults to empty.  See type description for default values of each field.
     *
     * @default empty.  See type description for default values of each field.
     * @schema RolloutSpecTemplateSpec#securityContext
     */
    readonly securityContext?: RolloutSpecTemplateSpecSecurityContext;
    /**
     * DeprecatedServiceAccount is a deprecated alias for ServiceAccountName.
     * Deprecated: Use serviceAccountName instead.
     *
     * @schema RolloutSpecTemplateSpec#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * ServiceAccountName is the name of the ServiceAccount to use to run this pod.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/
     *
     * @schema RolloutSpecTemplateSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * If true the pod's hostname will be configured as the pod's FQDN, rather than the leaf name (the default).
     * In Linux containers, this means setting the FQDN in the hostname field of the kernel (the nodename field of struct utsname).
     * In Windows containers, this means setting the registry value of hostname for the registry key HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters to FQDN.
     * If a pod does not have FQDN, this has no effect.
     * Default to false.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpec#setHostnameAsFQDN
     */
    readonly setHostnameAsFqdn?: boolean;
    /**
     * Share a single process namespace between all of the containers in a pod.
     * When this is set containers will be able to view and signal processes from other containers
     * in the same pod, and the first process in each container will not be assigned PID 1.
     * HostPID and ShareProcessNamespace cannot both be set.
     * Optional: Default to false.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpec#shareProcessNamespace
     */
    readonly shareProcessNamespace?: boolean;
    /**
     * If specified, the fully qualified Pod hostname will be "<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>".
     * If not specified, the pod will not have a domainname at all.
     *
     * @schema RolloutSpecTemplateSpec#subdomain
     */
    readonly subdomain?: string;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * If this value is nil, the default grace period will be used instead.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema RolloutSpecTemplateSpec#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * If specified, the pod's tolerations.
     *
     * @schema RolloutSpecTemplateSpec#tolerations
     */
    readonly tolerations?: RolloutSpecTemplateSpecTolerations[];
    /**
     * TopologySpreadConstraints describes how a group of pods ought to spread across topology
     * domains. Scheduler will schedule pods in a way which abides by the constraints.
     * All topologySpreadConstraints are ANDed.
     *
     * @schema RolloutSpecTemplateSpec#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: RolloutSpecTemplateSpecTopologySpreadConstraints[];
    /**
     * @schema RolloutSpecTemplateSpec#volumes
     */
    readonly volumes?: any;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpec(obj: RolloutSpecTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * ActiveMetadata specify labels and annotations which will be attached to the active pods for
 * the duration which they act as a active pod, and will be removed after
 *
 * @schema RolloutSpecStrategyBlueGreenActiveMetadata
 */
export interface RolloutSpecStrategyBlueGreenActiveMetadata {
    /**
     * Annotations additional annotations to add to the experiment
     *
     * @schema RolloutSpecStrategyBlueGreenActiveMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels Additional labels to add to the experiment
     *
     * @schema RolloutSpecStrategyBlueGreenActiveMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenActiveMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenActiveMetadata(obj: RolloutSpecStrategyBlueGreenActiveMetadata | undefined): Record<string, any> | undefined;
/**
 * AntiAffinity enables anti-affinity rules for Blue Green deployment
 *
 * @schema RolloutSpecStrategyBlueGreenAntiAffinity
 */
export interface RolloutSpecStrategyBlueGreenAntiAffinity {
    /**
     * PreferredDuringSchedulingIgnoredDuringExecution defines the weight of the anti-affinity injection
     *
     * @schema RolloutSpecStrategyBlueGreenAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution;
    /**
     * RequiredDuringSchedulingIgnoredDuringExecution defines inter-pod scheduling rule to be RequiredDuringSchedulingIgnoredDuringExecution
     *
     * @schema RolloutSpecStrategyBlueGreenAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: any;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenAntiAffinity' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenAntiAffinity(obj: RolloutSpecStrategyBlueGreenAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * MaxUnavailable The maximum number of pods that can be unavailable during a restart operation.
 * Defaults to 25% of total replicas.
 *
 * @default 25% of total replicas.
 * @schema RolloutSpecStrategyBlueGreenMaxUnavailable
 */
export declare class RolloutSpecStrategyBlueGreenMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecStrategyBlueGreenMaxUnavailable;
    static fromString(value: string): RolloutSpecStrategyBlueGreenMaxUnavailable;
    private constructor();
}
/**
 * PostPromotionAnalysis configuration to run analysis after a selector switch
 *
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysis
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysis {
    /**
     * AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysis#analysisRunMetadata
     */
    readonly analysisRunMetadata?: RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata;
    /**
     * Args the arguments that will be added to the AnalysisRuns
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysis#args
     */
    readonly args?: RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs[];
    /**
     * DryRun object contains the settings for running the analysis in Dry-Run mode
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysis#dryRun
     */
    readonly dryRun?: RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun[];
    /**
     * MeasurementRetention object contains the settings for retaining the number of measurements during the analysis
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysis#measurementRetention
     */
    readonly measurementRetention?: RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention[];
    /**
     * Templates reference to a list of analysis templates to combine for an AnalysisRun
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysis#templates
     */
    readonly templates?: RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysis' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysis(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysis | undefined): Record<string, any> | undefined;
/**
 * PrePromotionAnalysis configuration to run analysis before a selector switch
 *
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysis
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysis {
    /**
     * AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysis#analysisRunMetadata
     */
    readonly analysisRunMetadata?: RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata;
    /**
     * Args the arguments that will be added to the AnalysisRuns
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysis#args
     */
    readonly args?: RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs[];
    /**
     * DryRun object contains the settings for running the analysis in Dry-Run mode
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysis#dryRun
     */
    readonly dryRun?: RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun[];
    /**
     * MeasurementRetention object contains the settings for retaining the number of measurements during the analysis
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysis#measurementRetention
     */
    readonly measurementRetention?: RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention[];
    /**
     * Templates reference to a list of analysis templates to combine for an AnalysisRun
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysis#templates
     */
    readonly templates?: RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysis' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysis(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysis | undefined): Record<string, any> | undefined;
/**
 * PreviewMetadata specify labels and annotations which will be attached to the preview pods for
 * the duration which they act as a preview pod, and will be removed after
 *
 * @schema RolloutSpecStrategyBlueGreenPreviewMetadata
 */
export interface RolloutSpecStrategyBlueGreenPreviewMetadata {
    /**
     * Annotations additional annotations to add to the experiment
     *
     * @schema RolloutSpecStrategyBlueGreenPreviewMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels Additional labels to add to the experiment
     *
     * @schema RolloutSpecStrategyBlueGreenPreviewMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPreviewMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPreviewMetadata(obj: RolloutSpecStrategyBlueGreenPreviewMetadata | undefined): Record<string, any> | undefined;
/**
 * Analysis runs a separate analysisRun while all the steps execute. This is intended to be a continuous validation of the new ReplicaSet
 *
 * @schema RolloutSpecStrategyCanaryAnalysis
 */
export interface RolloutSpecStrategyCanaryAnalysis {
    /**
     * AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns
     *
     * @schema RolloutSpecStrategyCanaryAnalysis#analysisRunMetadata
     */
    readonly analysisRunMetadata?: RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata;
    /**
     * Args the arguments that will be added to the AnalysisRuns
     *
     * @schema RolloutSpecStrategyCanaryAnalysis#args
     */
    readonly args?: RolloutSpecStrategyCanaryAnalysisArgs[];
    /**
     * DryRun object contains the settings for running the analysis in Dry-Run mode
     *
     * @schema RolloutSpecStrategyCanaryAnalysis#dryRun
     */
    readonly dryRun?: RolloutSpecStrategyCanaryAnalysisDryRun[];
    /**
     * MeasurementRetention object contains the settings for retaining the number of measurements during the analysis
     *
     * @schema RolloutSpecStrategyCanaryAnalysis#measurementRetention
     */
    readonly measurementRetention?: RolloutSpecStrategyCanaryAnalysisMeasurementRetention[];
    /**
     * StartingStep indicates which step the background analysis should start on
     * If not listed, controller defaults to 0
     *
     * @schema RolloutSpecStrategyCanaryAnalysis#startingStep
     */
    readonly startingStep?: number;
    /**
     * Templates reference to a list of analysis templates to combine for an AnalysisRun
     *
     * @schema RolloutSpecStrategyCanaryAnalysis#templates
     */
    readonly templates?: RolloutSpecStrategyCanaryAnalysisTemplates[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysis' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysis(obj: RolloutSpecStrategyCanaryAnalysis | undefined): Record<string, any> | undefined;
/**
 * AntiAffinity enables anti-affinity rules for Canary deployment
 *
 * @schema RolloutSpecStrategyCanaryAntiAffinity
 */
export interface RolloutSpecStrategyCanaryAntiAffinity {
    /**
     * PreferredDuringSchedulingIgnoredDuringExecution defines the weight of the anti-affinity injection
     *
     * @schema RolloutSpecStrategyCanaryAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution;
    /**
     * RequiredDuringSchedulingIgnoredDuringExecution defines inter-pod scheduling rule to be RequiredDuringSchedulingIgnoredDuringExecution
     *
     * @schema RolloutSpecStrategyCanaryAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: any;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAntiAffinity' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAntiAffinity(obj: RolloutSpecStrategyCanaryAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * CanaryMetadata specify labels and annotations which will be attached to the canary pods for
 * the duration which they act as a canary, and will be removed after
 *
 * @schema RolloutSpecStrategyCanaryCanaryMetadata
 */
export interface RolloutSpecStrategyCanaryCanaryMetadata {
    /**
     * Annotations additional annotations to add to the experiment
     *
     * @schema RolloutSpecStrategyCanaryCanaryMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels Additional labels to add to the experiment
     *
     * @schema RolloutSpecStrategyCanaryCanaryMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryCanaryMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryCanaryMetadata(obj: RolloutSpecStrategyCanaryCanaryMetadata | undefined): Record<string, any> | undefined;
/**
 * MaxSurge The maximum number of pods that can be scheduled above the original number of
 * pods.
 * Value can be an absolute number (ex: 5) or a percentage of total pods at
 * the start of the update (ex: 10%). This can not be 0 if MaxUnavailable is 0.
 * Absolute number is calculated from percentage by rounding up.
 * By default, a value of 25% is used.
 * Example: when this is set to 30%, the new RC can be scaled up by 30%
 * immediately when the rolling update starts. Once old pods have been killed,
 * new RC can be scaled up further, ensuring that total number of pods running
 * at any time during the update is at most 130% of original pods.
 *
 * @schema RolloutSpecStrategyCanaryMaxSurge
 */
export declare class RolloutSpecStrategyCanaryMaxSurge {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecStrategyCanaryMaxSurge;
    static fromString(value: string): RolloutSpecStrategyCanaryMaxSurge;
    private constructor();
}
/**
 * MaxUnavailable The maximum number of pods that can be unavailable during the update.
 * Value can be an absolute number (ex: 5) or a percentage of total pods at the start of update (ex: 10%).
 * Absolute number is calculated from percentage by rounding down.
 * This can not be 0 if MaxSurge is 0.
 * By default, a fixed value of 25% is used.
 * Example: when this is set to 30%, the old RC can be scaled down by 30%
 * immediately when the rolling update starts. Once new pods are ready, old RC
 * can be scaled down further, followed by scaling up the new RC, ensuring
 * that at least 70% of original number of pods are available at all times
 * during the update.
 *
 * @schema RolloutSpecStrategyCanaryMaxUnavailable
 */
export declare class RolloutSpecStrategyCanaryMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecStrategyCanaryMaxUnavailable;
    static fromString(value: string): RolloutSpecStrategyCanaryMaxUnavailable;
    private constructor();
}
/**
 * PingPongSpec holds the ping and pong services
 *
 * @schema RolloutSpecStrategyCanaryPingPong
 */
export interface RolloutSpecStrategyCanaryPingPong {
    /**
     * name of the ping service
     *
     * @schema RolloutSpecStrategyCanaryPingPong#pingService
     */
    readonly pingService: string;
    /**
     * name of the pong service
     *
     * @schema RolloutSpecStrategyCanaryPingPong#pongService
     */
    readonly pongService: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryPingPong' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryPingPong(obj: RolloutSpecStrategyCanaryPingPong | undefined): Record<string, any> | undefined;
/**
 * ReplicaProgressThreshold is the threhold number or percentage of pods that need to be available before a rollout promotion.
 * Defaults to 100% of total replicas.
 *
 * @default 100% of total replicas.
 * @schema RolloutSpecStrategyCanaryReplicaProgressThreshold
 */
export interface RolloutSpecStrategyCanaryReplicaProgressThreshold {
    /**
     * Type is used to specify whether the replica progress threshold is a percentage or a number. Required if replicaProgressThreshold is specified.
     *
     * @schema RolloutSpecStrategyCanaryReplicaProgressThreshold#type
     */
    readonly type: string;
    /**
     * Value contains the user-specified value for when a Argo Rollouts can promote a canary to the next step.
     * If not satisfied, this value will be assumed to be 100% of the total desired replicas for the given next step.
     * Value must also be greater than 0. Required.
     *
     * @schema RolloutSpecStrategyCanaryReplicaProgressThreshold#value
     */
    readonly value: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryReplicaProgressThreshold' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryReplicaProgressThreshold(obj: RolloutSpecStrategyCanaryReplicaProgressThreshold | undefined): Record<string, any> | undefined;
/**
 * StableMetadata specify labels and annotations which will be attached to the stable pods for
 * the duration which they act as a canary, and will be removed after
 *
 * @schema RolloutSpecStrategyCanaryStableMetadata
 */
export interface RolloutSpecStrategyCanaryStableMetadata {
    /**
     * Annotations additional annotations to add to the experiment
     *
     * @schema RolloutSpecStrategyCanaryStableMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels Additional labels to add to the experiment
     *
     * @schema RolloutSpecStrategyCanaryStableMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStableMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStableMetadata(obj: RolloutSpecStrategyCanaryStableMetadata | undefined): Record<string, any> | undefined;
/**
 * CanaryStep defines a step of a canary deployment.
 *
 * @schema RolloutSpecStrategyCanarySteps
 */
export interface RolloutSpecStrategyCanarySteps {
    /**
     * Analysis defines the AnalysisRun that will run for a step
     *
     * @schema RolloutSpecStrategyCanarySteps#analysis
     */
    readonly analysis?: RolloutSpecStrategyCanaryStepsAnalysis;
    /**
     * Experiment defines the experiment object that should be created
     *
     * @schema RolloutSpecStrategyCanarySteps#experiment
     */
    readonly experiment?: RolloutSpecStrategyCanaryStepsExperiment;
    /**
     * Pause freezes the rollout by setting spec.Paused to true.
     * A Rollout will resume when spec.Paused is reset to false.
     *
     * @schema RolloutSpecStrategyCanarySteps#pause
     */
    readonly pause?: RolloutSpecStrategyCanaryStepsPause;
    /**
     * Plugin defines a plugin to execute for a step
     *
     * @schema RolloutSpecStrategyCanarySteps#plugin
     */
    readonly plugin?: RolloutSpecStrategyCanaryStepsPlugin;
    /**
     * SetCanaryScale defines how to scale the newRS without changing traffic weight
     *
     * @schema RolloutSpecStrategyCanarySteps#setCanaryScale
     */
    readonly setCanaryScale?: RolloutSpecStrategyCanaryStepsSetCanaryScale;
    /**
     * SetHeaderRoute defines the route with specified header name to send 100% of traffic to the canary service
     *
     * @schema RolloutSpecStrategyCanarySteps#setHeaderRoute
     */
    readonly setHeaderRoute?: RolloutSpecStrategyCanaryStepsSetHeaderRoute;
    /**
     * SetMirrorRoutes Mirrors traffic that matches rules to a particular destination
     *
     * @schema RolloutSpecStrategyCanarySteps#setMirrorRoute
     */
    readonly setMirrorRoute?: RolloutSpecStrategyCanaryStepsSetMirrorRoute;
    /**
     * SetWeight sets what percentage of the newRS should receive
     *
     * @schema RolloutSpecStrategyCanarySteps#setWeight
     */
    readonly setWeight?: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanarySteps' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanarySteps(obj: RolloutSpecStrategyCanarySteps | undefined): Record<string, any> | undefined;
/**
 * TrafficRouting hosts all the supported service meshes supported to enable more fine-grained traffic routing
 *
 * @schema RolloutSpecStrategyCanaryTrafficRouting
 */
export interface RolloutSpecStrategyCanaryTrafficRouting {
    /**
     * Nginx holds ALB Ingress specific configuration to route traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRouting#alb
     */
    readonly alb?: RolloutSpecStrategyCanaryTrafficRoutingAlb;
    /**
     * Ambassador holds specific configuration to use Ambassador to route traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRouting#ambassador
     */
    readonly ambassador?: RolloutSpecStrategyCanaryTrafficRoutingAmbassador;
    /**
     * Apisix holds specific configuration to use Apisix to route traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRouting#apisix
     */
    readonly apisix?: RolloutSpecStrategyCanaryTrafficRoutingApisix;
    /**
     * AppMesh holds specific configuration to use AppMesh to route traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRouting#appMesh
     */
    readonly appMesh?: RolloutSpecStrategyCanaryTrafficRoutingAppMesh;
    /**
     * Istio holds Istio specific configuration to route traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRouting#istio
     */
    readonly istio?: RolloutSpecStrategyCanaryTrafficRoutingIstio;
    /**
     * ManagedRoutes A list of HTTP routes that Argo Rollouts manages, the order of this array also becomes the precedence in the upstream
     * traffic router.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRouting#managedRoutes
     */
    readonly managedRoutes?: RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes[];
    /**
     * MaxTrafficWeight The total weight of traffic. If unspecified, it defaults to 100
     *
     * @schema RolloutSpecStrategyCanaryTrafficRouting#maxTrafficWeight
     */
    readonly maxTrafficWeight?: number;
    /**
     * Nginx holds Nginx Ingress specific configuration to route traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRouting#nginx
     */
    readonly nginx?: RolloutSpecStrategyCanaryTrafficRoutingNginx;
    /**
     * Plugins holds specific configuration that traffic router plugins can use for routing traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRouting#plugins
     */
    readonly plugins?: any;
    /**
     * SMI holds TrafficSplit specific configuration to route traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRouting#smi
     */
    readonly smi?: RolloutSpecStrategyCanaryTrafficRoutingSmi;
    /**
     * Traefik holds specific configuration to use Traefik to route traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRouting#traefik
     */
    readonly traefik?: RolloutSpecStrategyCanaryTrafficRoutingTraefik;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRouting' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRouting(obj: RolloutSpecStrategyCanaryTrafficRouting | undefined): Record<string, any> | undefined;
/**
 * If specified, the pod's scheduling constraints
 *
 * @schema RolloutSpecTemplateSpecAffinity
 */
export interface RolloutSpecTemplateSpecAffinity {
    /**
     * Describes node affinity scheduling rules for the pod.
     *
     * @schema RolloutSpecTemplateSpecAffinity#nodeAffinity
     */
    readonly nodeAffinity?: RolloutSpecTemplateSpecAffinityNodeAffinity;
    /**
     * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema RolloutSpecTemplateSpecAffinity#podAffinity
     */
    readonly podAffinity?: RolloutSpecTemplateSpecAffinityPodAffinity;
    /**
     * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema RolloutSpecTemplateSpecAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: RolloutSpecTemplateSpecAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinity' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinity(obj: RolloutSpecTemplateSpecAffinity | undefined): Record<string, any> | undefined;
/**
 * A single application container that you want to run within a pod.
 *
 * @schema RolloutSpecTemplateSpecContainers
 */
export interface RolloutSpecTemplateSpecContainers {
    /**
     * Arguments to the entrypoint.
     * The container image's CMD is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema RolloutSpecTemplateSpecContainers#args
     */
    readonly args?: string[];
    /**
     * Entrypoint array. Not executed within a shell.
     * The container image's ENTRYPOINT is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema RolloutSpecTemplateSpecContainers#command
     */
    readonly command?: string[];
    /**
     * List of environment variables to set in the container.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecContainers#env
     */
    readonly env?: RolloutSpecTemplateSpecContainersEnv[];
    /**
     * List of sources to populate environment variables in the container.
     * The keys defined within a source may consist of any printable ASCII characters except '='.
     * When a key exists in multiple
     * sources, the value associated with the last source will take precedence.
     * Values defined by an Env with a duplicate key will take precedence.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecContainers#envFrom
     */
    readonly envFrom?: RolloutSpecTemplateSpecContainersEnvFrom[];
    /**
     * Container image name.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema RolloutSpecTemplateSpecContainers#image
     */
    readonly image?: string;
    /**
     * Image pull policy.
     * One of Always, Never, IfNotPresent.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema RolloutSpecTemplateSpecContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * Actions that the management system should take in response to container lifecycle events.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecContainers#lifecycle
     */
    readonly lifecycle?: RolloutSpecTemplateSpecContainersLifecycle;
    /**
     * Periodic probe of container liveness.
     * Container will be restarted if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecContainers#livenessProbe
     */
    readonly livenessProbe?: RolloutSpecTemplateSpecContainersLivenessProbe;
    /**
     * Name of the container specified as a DNS_LABEL.
     * Each container in a pod must have a unique name (DNS_LABEL).
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecContainers#name
     */
    readonly name: string;
    /**
     * List of ports to expose from the container. Not specifying a port here
     * DOES NOT prevent that port from being exposed. Any port which is
     * listening on the default "0.0.0.0" address inside a container will be
     * accessible from the network.
     * Modifying this array with strategic merge patch may corrupt the data.
     * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecContainers#ports
     */
    readonly ports?: RolloutSpecTemplateSpecContainersPorts[];
    /**
     * Periodic probe of container service readiness.
     * Container will be removed from service endpoints if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecContainers#readinessProbe
     */
    readonly readinessProbe?: RolloutSpecTemplateSpecContainersReadinessProbe;
    /**
     * Resources resize policy for the container.
     *
     * @schema RolloutSpecTemplateSpecContainers#resizePolicy
     */
    readonly resizePolicy?: RolloutSpecTemplateSpecContainersResizePolicy[];
    /**
     * Compute Resources required by this container.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RolloutSpecTemplateSpecContainers#resources
     */
    readonly resources?: RolloutSpecTemplateSpecContainersResources;
    /**
     * RestartPolicy defines the restart behavior of individual containers in a pod.
     * This overrides the pod-level restart policy. When this field is not specified,
     * the restart behavior is defined by the Pod's restart policy and the container type.
     * Additionally, setting the RestartPolicy as "Always" for the init container will
     * have the following effect:
     * this init container will be continually restarted on
     * exit until all regular containers have terminated. Once all regular
     * containers have completed, all init containers with restartPolicy "Always"
     * will be shut down. This lifecycle differs from normal init containers and
     * is often referred to as a "sidecar" container. Although this init
     * container still starts in the init container sequence, it does not wait
     * for the container to complete before proceeding to the next init
     * container. Instead, the next init container starts immediately after this
     * init container is started, or after any startupProbe has successfully
     * completed.
     *
     * @schema RolloutSpecTemplateSpecContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * Represents a list of rules to be checked to determine if the
     * container should be restarted on exit. The rules are evaluated in
     * order. Once a rule matches a container exit condition, the remaining
     * rules are ignored. If no rule matches the container exit condition,
     * the Container-level restart policy determines the whether the container
     * is restarted or not. Constraints on the rules:
     * - At most 20 rules are allowed.
     * - Rules can have the same action.
     * - Identical rules are not forbidden in validations.
     * When rules are specified, container MUST set RestartPolicy explicitly
     * even it if matches the Pod's RestartPolicy.
     *
     * @schema RolloutSpecTemplateSpecContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: RolloutSpecTemplateSpecContainersRestartPolicyRules[];
    /**
     * SecurityContext defines the security options the container should be run with.
     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
     *
     * @schema RolloutSpecTemplateSpecContainers#securityContext
     */
    readonly securityContext?: RolloutSpecTemplateSpecContainersSecurityContext;
    /**
     * StartupProbe indicates that the Pod has successfully initialized.
     * If specified, no other probes are executed until this completes successfully.
     * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
     * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
     * when it might take a long time to load data or warm a cache, than during steady-state operation.
     * This cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecContainers#startupProbe
     */
    readonly startupProbe?: RolloutSpecTemplateSpecContainersStartupProbe;
    /**
     * Whether this container should allocate a buffer for stdin in the container runtime. If this
     * is not set, reads from stdin in the container will always result in EOF.
     * Default is false.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * Whether the container runtime should close the stdin channel after it has been opened by
     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
     * at which time stdin is closed and remains closed until the container is restarted. If this
     * flag is false, a container processes that reads from stdin will never receive an EOF.
     * Default is false
     *
     * @default false
     * @schema RolloutSpecTemplateSpecContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * Optional: Path at which the file to which the container's termination message
     * will be written is mounted into the container's filesystem.
     * Message written is intended to be brief final status, such as an assertion failure message.
     * Will be truncated by the node if greater than 4096 bytes. The total message length across
     * all containers will be limited to 12kb.
     * Defaults to /dev/termination-log.
     * Cannot be updated.
     *
     * @default dev/termination-log.
     * @schema RolloutSpecTemplateSpecContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * Indicate how the termination message should be populated. File will use the contents of
     * terminationMessagePath to populate the container status message on both success and failure.
     * FallbackToLogsOnError will use the last chunk of container log output if the termination
     * message file is empty and the container exited with an error.
     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
     * Defaults to File.
     * Cannot be updated.
     *
     * @default File.
     * @schema RolloutSpecTemplateSpecContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
     * Default is false.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecContainers#tty
     */
    readonly tty?: boolean;
    /**
     * volumeDevices is the list of block devices to be used by the container.
     *
     * @schema RolloutSpecTemplateSpecContainers#volumeDevices
     */
    readonly volumeDevices?: RolloutSpecTemplateSpecContainersVolumeDevices[];
    /**
     * Pod volumes to mount into the container's filesystem.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecContainers#volumeMounts
     */
    readonly volumeMounts?: RolloutSpecTemplateSpecContainersVolumeMounts[];
    /**
     * Container's working directory.
     * If not specified, the container runtime's default will be used, which
     * might be configured in the container image.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainers' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainers(obj: RolloutSpecTemplateSpecContainers | undefined): Record<string, any> | undefined;
/**
 * Specifies the DNS parameters of a pod.
 * Parameters specified here will be merged to the generated DNS
 * configuration based on DNSPolicy.
 *
 * @schema RolloutSpecTemplateSpecDnsConfig
 */
export interface RolloutSpecTemplateSpecDnsConfig {
    /**
     * A list of DNS name server IP addresses.
     * This will be appended to the base nameservers generated from DNSPolicy.
     * Duplicated nameservers will be removed.
     *
     * @schema RolloutSpecTemplateSpecDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * A list of DNS resolver options.
     * This will be merged with the base options generated from DNSPolicy.
     * Duplicated entries will be removed. Resolution options given in Options
     * will override those that appear in the base DNSPolicy.
     *
     * @schema RolloutSpecTemplateSpecDnsConfig#options
     */
    readonly options?: RolloutSpecTemplateSpecDnsConfigOptions[];
    /**
     * A list of DNS search domains for host-name lookup.
     * This will be appended to the base search paths generated from DNSPolicy.
     * Duplicated search paths will be removed.
     *
     * @schema RolloutSpecTemplateSpecDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecDnsConfig' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecDnsConfig(obj: RolloutSpecTemplateSpecDnsConfig | undefined): Record<string, any> | undefined;
/**
 * An EphemeralContainer is a temporary container that you may add to an existing Pod for
 * user-initiated activities such as debugging. Ephemeral containers have no resource or
 * scheduling guarantees, and they will not be restarted when they exit or when a Pod is
 * removed or restarted. The kubelet may evict a Pod if an ephemeral container causes the
 * Pod to exceed its resource allocation.
 *
 * To add an ephemeral container, use the ephemeralcontainers subresource of an existing
 * Pod. Ephemeral containers may not be removed or restarted.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainers
 */
export interface RolloutSpecTemplateSpecEphemeralContainers {
    /**
     * Arguments to the entrypoint.
     * The image's CMD is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#args
     */
    readonly args?: string[];
    /**
     * Entrypoint array. Not executed within a shell.
     * The image's ENTRYPOINT is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#command
     */
    readonly command?: string[];
    /**
     * List of environment variables to set in the container.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#env
     */
    readonly env?: RolloutSpecTemplateSpecEphemeralContainersEnv[];
    /**
     * List of sources to populate environment variables in the container.
     * The keys defined within a source may consist of any printable ASCII characters except '='.
     * When a key exists in multiple
     * sources, the value associated with the last source will take precedence.
     * Values defined by an Env with a duplicate key will take precedence.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#envFrom
     */
    readonly envFrom?: RolloutSpecTemplateSpecEphemeralContainersEnvFrom[];
    /**
     * Container image name.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#image
     */
    readonly image?: string;
    /**
     * Image pull policy.
     * One of Always, Never, IfNotPresent.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema RolloutSpecTemplateSpecEphemeralContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * Lifecycle is not allowed for ephemeral containers.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#lifecycle
     */
    readonly lifecycle?: RolloutSpecTemplateSpecEphemeralContainersLifecycle;
    /**
     * Probes are not allowed for ephemeral containers.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#livenessProbe
     */
    readonly livenessProbe?: RolloutSpecTemplateSpecEphemeralContainersLivenessProbe;
    /**
     * Name of the ephemeral container specified as a DNS_LABEL.
     * This name must be unique among all containers, init containers and ephemeral containers.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#name
     */
    readonly name: string;
    /**
     * Ports are not allowed for ephemeral containers.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#ports
     */
    readonly ports?: RolloutSpecTemplateSpecEphemeralContainersPorts[];
    /**
     * Probes are not allowed for ephemeral containers.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#readinessProbe
     */
    readonly readinessProbe?: RolloutSpecTemplateSpecEphemeralContainersReadinessProbe;
    /**
     * Resources resize policy for the container.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#resizePolicy
     */
    readonly resizePolicy?: RolloutSpecTemplateSpecEphemeralContainersResizePolicy[];
    /**
     * Resources are not allowed for ephemeral containers. Ephemeral containers use spare resources
     * already allocated to the pod.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#resources
     */
    readonly resources?: RolloutSpecTemplateSpecEphemeralContainersResources;
    /**
     * Restart policy for the container to manage the restart behavior of each
     * container within a pod.
     * You cannot set this field on ephemeral containers.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * Represents a list of rules to be checked to determine if the
     * container should be restarted on exit. You cannot set this field on
     * ephemeral containers.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules[];
    /**
     * Optional: SecurityContext defines the security options the ephemeral container should be run with.
     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#securityContext
     */
    readonly securityContext?: RolloutSpecTemplateSpecEphemeralContainersSecurityContext;
    /**
     * Probes are not allowed for ephemeral containers.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#startupProbe
     */
    readonly startupProbe?: RolloutSpecTemplateSpecEphemeralContainersStartupProbe;
    /**
     * Whether this container should allocate a buffer for stdin in the container runtime. If this
     * is not set, reads from stdin in the container will always result in EOF.
     * Default is false.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecEphemeralContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * Whether the container runtime should close the stdin channel after it has been opened by
     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
     * at which time stdin is closed and remains closed until the container is restarted. If this
     * flag is false, a container processes that reads from stdin will never receive an EOF.
     * Default is false
     *
     * @default false
     * @schema RolloutSpecTemplateSpecEphemeralContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * If set, the name of the container from PodSpec that this ephemeral container targets.
     * The ephemeral container will be run in the namespaces (IPC, PID, etc) of this container.
     * If not set then the ephemeral container uses the namespaces configured in the Pod spec.
     *
     * The container runtime must implement support for this feature. If the runtime does not
     * support namespace targeting then the result of setting this field is undefined.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#targetContainerName
     */
    readonly targetContainerName?: string;
    /**
     * Optional: Path at which the file to which the container's termination message
     * will be written is mounted into the container's filesystem.
     * Message written is intended to be brief final status, such as an assertion failure message.
     * Will be truncated by the node if greater than 4096 bytes. The total message length across
     * all containers will be limited to 12kb.
     * Defaults to /dev/termination-log.
     * Cannot be updated.
     *
     * @default dev/termination-log.
     * @schema RolloutSpecTemplateSpecEphemeralContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * Indicate how the termination message should be populated. File will use the contents of
     * terminationMessagePath to populate the container status message on both success and failure.
     * FallbackToLogsOnError will use the last chunk of container log output if the termination
     * message file is empty and the container exited with an error.
     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
     * Defaults to File.
     * Cannot be updated.
     *
     * @default File.
     * @schema RolloutSpecTemplateSpecEphemeralContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
     * Default is false.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecEphemeralContainers#tty
     */
    readonly tty?: boolean;
    /**
     * volumeDevices is the list of block devices to be used by the container.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#volumeDevices
     */
    readonly volumeDevices?: RolloutSpecTemplateSpecEphemeralContainersVolumeDevices[];
    /**
     * Pod volumes to mount into the container's filesystem. Subpath mounts are not allowed for ephemeral containers.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#volumeMounts
     */
    readonly volumeMounts?: RolloutSpecTemplateSpecEphemeralContainersVolumeMounts[];
    /**
     * Container's working directory.
     * If not specified, the container runtime's default will be used, which
     * might be configured in the container image.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainers' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainers(obj: RolloutSpecTemplateSpecEphemeralContainers | undefined): Record<string, any> | undefined;
/**
 * HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the
 * pod's hosts file.
 *
 * @schema RolloutSpecTemplateSpecHostAliases
 */
export interface RolloutSpecTemplateSpecHostAliases {
    /**
     * Hostnames for the above IP address.
     *
     * @schema RolloutSpecTemplateSpecHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * IP address of the host file entry.
     *
     * @schema RolloutSpecTemplateSpecHostAliases#ip
     */
    readonly ip: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecHostAliases' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecHostAliases(obj: RolloutSpecTemplateSpecHostAliases | undefined): Record<string, any> | undefined;
/**
 * LocalObjectReference contains enough information to let you locate the
 * referenced object inside the same namespace.
 *
 * @schema RolloutSpecTemplateSpecImagePullSecrets
 */
export interface RolloutSpecTemplateSpecImagePullSecrets {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RolloutSpecTemplateSpecImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecImagePullSecrets' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecImagePullSecrets(obj: RolloutSpecTemplateSpecImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * A single application container that you want to run within a pod.
 *
 * @schema RolloutSpecTemplateSpecInitContainers
 */
export interface RolloutSpecTemplateSpecInitContainers {
    /**
     * Arguments to the entrypoint.
     * The container image's CMD is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema RolloutSpecTemplateSpecInitContainers#args
     */
    readonly args?: string[];
    /**
     * Entrypoint array. Not executed within a shell.
     * The container image's ENTRYPOINT is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema RolloutSpecTemplateSpecInitContainers#command
     */
    readonly command?: string[];
    /**
     * List of environment variables to set in the container.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecInitContainers#env
     */
    readonly env?: RolloutSpecTemplateSpecInitContainersEnv[];
    /**
     * List of sources to populate environment variables in the container.
     * The keys defined within a source may consist of any printable ASCII characters except '='.
     * When a key exists in multiple
     * sources, the value associated with the last source will take precedence.
     * Values defined by an Env with a duplicate key will take precedence.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecInitContainers#envFrom
     */
    readonly envFrom?: RolloutSpecTemplateSpecInitContainersEnvFrom[];
    /**
     * Container image name.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema RolloutSpecTemplateSpecInitContainers#image
     */
    readonly image?: string;
    /**
     * Image pull policy.
     * One of Always, Never, IfNotPresent.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema RolloutSpecTemplateSpecInitContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * Actions that the management system should take in response to container lifecycle events.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecInitContainers#lifecycle
     */
    readonly lifecycle?: RolloutSpecTemplateSpecInitContainersLifecycle;
    /**
     * Periodic probe of container liveness.
     * Container will be restarted if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecInitContainers#livenessProbe
     */
    readonly livenessProbe?: RolloutSpecTemplateSpecInitContainersLivenessProbe;
    /**
     * Name of the container specified as a DNS_LABEL.
     * Each container in a pod must have a unique name (DNS_LABEL).
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecInitContainers#name
     */
    readonly name: string;
    /**
     * List of ports to expose from the container. Not specifying a port here
     * DOES NOT prevent that port from being exposed. Any port which is
     * listening on the default "0.0.0.0" address inside a container will be
     * accessible from the network.
     * Modifying this array with strategic merge patch may corrupt the data.
     * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecInitContainers#ports
     */
    readonly ports?: RolloutSpecTemplateSpecInitContainersPorts[];
    /**
     * Periodic probe of container service readiness.
     * Container will be removed from service endpoints if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecInitContainers#readinessProbe
     */
    readonly readinessProbe?: RolloutSpecTemplateSpecInitContainersReadinessProbe;
    /**
     * Resources resize policy for the container.
     *
     * @schema RolloutSpecTemplateSpecInitContainers#resizePolicy
     */
    readonly resizePolicy?: RolloutSpecTemplateSpecInitContainersResizePolicy[];
    /**
     * Compute Resources required by this container.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RolloutSpecTemplateSpecInitContainers#resources
     */
    readonly resources?: RolloutSpecTemplateSpecInitContainersResources;
    /**
     * RestartPolicy defines the restart behavior of individual containers in a pod.
     * This overrides the pod-level restart policy. When this field is not specified,
     * the restart behavior is defined by the Pod's restart policy and the container type.
     * Additionally, setting the RestartPolicy as "Always" for the init container will
     * have the following effect:
     * this init container will be continually restarted on
     * exit until all regular containers have terminated. Once all regular
     * containers have completed, all init containers with restartPolicy "Always"
     * will be shut down. This lifecycle differs from normal init containers and
     * is often referred to as a "sidecar" container. Although this init
     * container still starts in the init container sequence, it does not wait
     * for the container to complete before proceeding to the next init
     * container. Instead, the next init container starts immediately after this
     * init container is started, or after any startupProbe has successfully
     * completed.
     *
     * @schema RolloutSpecTemplateSpecInitContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * Represents a list of rules to be checked to determine if the
     * container should be restarted on exit. The rules are evaluated in
     * order. Once a rule matches a container exit condition, the remaining
     * rules are ignored. If no rule matches the container exit condition,
     * the Container-level restart policy determines the whether the container
     * is restarted or not. Constraints on the rules:
     * - At most 20 rules are allowed.
     * - Rules can have the same action.
     * - Identical rules are not forbidden in validations.
     * When rules are specified, container MUST set RestartPolicy explicitly
     * even it if matches the Pod's RestartPolicy.
     *
     * @schema RolloutSpecTemplateSpecInitContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: RolloutSpecTemplateSpecInitContainersRestartPolicyRules[];
    /**
     * SecurityContext defines the security options the container should be run with.
     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
     *
     * @schema RolloutSpecTemplateSpecInitContainers#securityContext
     */
    readonly securityContext?: RolloutSpecTemplateSpecInitContainersSecurityContext;
    /**
     * StartupProbe indicates that the Pod has successfully initialized.
     * If specified, no other probes are executed until this completes successfully.
     * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
     * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
     * when it might take a long time to load data or warm a cache, than during steady-state operation.
     * This cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecInitContainers#startupProbe
     */
    readonly startupProbe?: RolloutSpecTemplateSpecInitContainersStartupProbe;
    /**
     * Whether this container should allocate a buffer for stdin in the container runtime. If this
     * is not set, reads from stdin in the container will always result in EOF.
     * Default is false.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecInitContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * Whether the container runtime should close the stdin channel after it has been opened by
     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
     * at which time stdin is closed and remains closed until the container is restarted. If this
     * flag is false, a container processes that reads from stdin will never receive an EOF.
     * Default is false
     *
     * @default false
     * @schema RolloutSpecTemplateSpecInitContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * Optional: Path at which the file to which the container's termination message
     * will be written is mounted into the container's filesystem.
     * Message written is intended to be brief final status, such as an assertion failure message.
     * Will be truncated by the node if greater than 4096 bytes. The total message length across
     * all containers will be limited to 12kb.
     * Defaults to /dev/termination-log.
     * Cannot be updated.
     *
     * @default dev/termination-log.
     * @schema RolloutSpecTemplateSpecInitContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * Indicate how the termination message should be populated. File will use the contents of
     * terminationMessagePath to populate the container status message on both success and failure.
     * FallbackToLogsOnError will use the last chunk of container log output if the termination
     * message file is empty and the container exited with an error.
     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
     * Defaults to File.
     * Cannot be updated.
     *
     * @default File.
     * @schema RolloutSpecTemplateSpecInitContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
     * Default is false.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecInitContainers#tty
     */
    readonly tty?: boolean;
    /**
     * volumeDevices is the list of block devices to be used by the container.
     *
     * @schema RolloutSpecTemplateSpecInitContainers#volumeDevices
     */
    readonly volumeDevices?: RolloutSpecTemplateSpecInitContainersVolumeDevices[];
    /**
     * Pod volumes to mount into the container's filesystem.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecInitContainers#volumeMounts
     */
    readonly volumeMounts?: RolloutSpecTemplateSpecInitContainersVolumeMounts[];
    /**
     * Container's working directory.
     * If not specified, the container runtime's default will be used, which
     * might be configured in the container image.
     * Cannot be updated.
     *
     * @schema RolloutSpecTemplateSpecInitContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainers' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainers(obj: RolloutSpecTemplateSpecInitContainers | undefined): Record<string, any> | undefined;
/**
 * Specifies the OS of the containers in the pod.
 * Some pod and container fields are restricted if this is set.
 *
 * If the OS field is set to linux, the following fields must be unset:
 * -securityContext.windowsOptions
 *
 * If the OS field is set to windows, following fields must be unset:
 * - spec.hostPID
 * - spec.hostIPC
 * - spec.hostUsers
 * - spec.resources
 * - spec.securityContext.appArmorProfile
 * - spec.securityContext.seLinuxOptions
 * - spec.securityContext.seccompProfile
 * - spec.securityContext.fsGroup
 * - spec.securityContext.fsGroupChangePolicy
 * - spec.securityContext.sysctls
 * - spec.shareProcessNamespace
 * - spec.securityContext.runAsUser
 * - spec.securityContext.runAsGroup
 * - spec.securityContext.supplementalGroups
 * - spec.securityContext.supplementalGroupsPolicy
 * - spec.containers[*].securityContext.appArmorProfile
 * - spec.containers[*].securityContext.seLinuxOptions
 * - spec.containers[*].securityContext.seccompProfile
 * - spec.containers[*].securityContext.capabilities
 * - spec.containers[*].securityContext.readOnlyRootFilesystem
 * - spec.containers[*].securityContext.privileged
 * - spec.containers[*].securityContext.allowPrivilegeEscalation
 * - spec.containers[*].securityContext.procMount
 * - spec.containers[*].securityContext.runAsUser
 * - spec.containers[*].securityContext.runAsGroup
 *
 * @schema RolloutSpecTemplateSpecOs
 */
export interface RolloutSpecTemplateSpecOs {
    /**
     * Name is the name of the operating system. The currently supported values are linux and windows.
     * Additional value may be defined in future and can be one of:
     * https://github.com/opencontainers/runtime-spec/blob/master/config.md#platform-specific-configuration
     * Clients should expect to handle additional values and treat unrecognized values in this field as os: null
     *
     * @schema RolloutSpecTemplateSpecOs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecOs' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecOs(obj: RolloutSpecTemplateSpecOs | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecOverhead
 */
export declare class RolloutSpecTemplateSpecOverhead {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecOverhead;
    static fromString(value: string): RolloutSpecTemplateSpecOverhead;
    private constructor();
}
/**
 * PodReadinessGate contains the reference to a pod condition
 *
 * @schema RolloutSpecTemplateSpecReadinessGates
 */
export interface RolloutSpecTemplateSpecReadinessGates {
    /**
     * ConditionType refers to a condition in the pod's condition list with matching type.
     *
     * @schema RolloutSpecTemplateSpecReadinessGates#conditionType
     */
    readonly conditionType: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecReadinessGates' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecReadinessGates(obj: RolloutSpecTemplateSpecReadinessGates | undefined): Record<string, any> | undefined;
/**
 * PodResourceClaim references exactly one ResourceClaim, either directly
 * or by naming a ResourceClaimTemplate which is then turned into a ResourceClaim
 * for the pod.
 *
 * It adds a name to it that uniquely identifies the ResourceClaim inside the Pod.
 * Containers that need access to the ResourceClaim reference it with this name.
 *
 * @schema RolloutSpecTemplateSpecResourceClaims
 */
export interface RolloutSpecTemplateSpecResourceClaims {
    /**
     * Name uniquely identifies this resource claim inside the pod.
     * This must be a DNS_LABEL.
     *
     * @schema RolloutSpecTemplateSpecResourceClaims#name
     */
    readonly name: string;
    /**
     * ResourceClaimName is the name of a ResourceClaim object in the same
     * namespace as this pod.
     *
     * Exactly one of ResourceClaimName and ResourceClaimTemplateName must
     * be set.
     *
     * @schema RolloutSpecTemplateSpecResourceClaims#resourceClaimName
     */
    readonly resourceClaimName?: string;
    /**
     * ResourceClaimTemplateName is the name of a ResourceClaimTemplate
     * object in the same namespace as this pod.
     *
     * The template will be used to create a new ResourceClaim, which will
     * be bound to this pod. When this pod is deleted, the ResourceClaim
     * will also be deleted. The pod name and resource name, along with a
     * generated component, will be used to form a unique name for the
     * ResourceClaim, which will be recorded in pod.status.resourceClaimStatuses.
     *
     * This field is immutable and no changes will be made to the
     * corresponding ResourceClaim by the control plane after creating the
     * ResourceClaim.
     *
     * Exactly one of ResourceClaimName and ResourceClaimTemplateName must
     * be set.
     *
     * @schema RolloutSpecTemplateSpecResourceClaims#resourceClaimTemplateName
     */
    readonly resourceClaimTemplateName?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecResourceClaims' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecResourceClaims(obj: RolloutSpecTemplateSpecResourceClaims | undefined): Record<string, any> | undefined;
/**
 * Resources is the total amount of CPU and Memory resources required by all
 * containers in the pod. It supports specifying Requests and Limits for
 * "cpu", "memory" and "hugepages-" resource names only. ResourceClaims are not supported.
 *
 * This field enables fine-grained control over resource allocation for the
 * entire pod, allowing resource sharing among containers in a pod.
 *
 * This is an alpha field and requires enabling the PodLevelResources feature
 * gate.
 *
 * @schema RolloutSpecTemplateSpecResources
 */
export interface RolloutSpecTemplateSpecResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema RolloutSpecTemplateSpecResources#claims
     */
    readonly claims?: RolloutSpecTemplateSpecResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RolloutSpecTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: RolloutSpecTemplateSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema RolloutSpecTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: RolloutSpecTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecResources' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecResources(obj: RolloutSpecTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * PodSchedulingGate is associated to a Pod to guard its scheduling.
 *
 * @schema RolloutSpecTemplateSpecSchedulingGates
 */
export interface RolloutSpecTemplateSpecSchedulingGates {
    /**
     * Name of the scheduling gate.
     * Each scheduling gate must have a unique name field.
     *
     * @schema RolloutSpecTemplateSpecSchedulingGates#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecSchedulingGates' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecSchedulingGates(obj: RolloutSpecTemplateSpecSchedulingGates | undefined): Record<string, any> | undefined;
/**
 * SecurityContext holds pod-level security attributes and common container settings.
 * Optional: Defaults to empty.  See type description for default values of each field.
 *
 * @default empty.  See type description for default values of each field.
 * @schema RolloutSpecTemplateSpecSecurityContext
 */
export interface RolloutSpecTemplateSpecSecurityContext {
    /**
     * appArmorProfile is the AppArmor options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: RolloutSpecTemplateSpecSecurityContextAppArmorProfile;
    /**
     * A special supplemental group that applies to all containers in a pod.
     * Some volume types allow the Kubelet to change the ownership of that volume
     * to be owned by the pod:
     *
     * 1. The owning GID will be the FSGroup
     * 2. The setgid bit is set (new files created in the volume will be owned by FSGroup)
     * 3. The permission bits are OR'd with rw-rw----
     *
     * If unset, the Kubelet will not modify the ownership and permissions of any volume.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume
     * before being exposed inside Pod. This field will only apply to
     * volume types which support fsGroup based ownership(and permissions).
     * It will have no effect on ephemeral volume types such as: secret, configmaps
     * and emptydir.
     * Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema RolloutSpecTemplateSpecSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema RolloutSpecTemplateSpecSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod.
     * It has no effect on nodes that do not support SELinux or to volumes does not support SELinux.
     * Valid values are "MountOption" and "Recursive".
     *
     * "Recursive" means relabeling of all files on all Pod volumes by the container runtime.
     * This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.
     *
     * "MountOption" mounts all eligible Pod volumes with `-o context` mount option.
     * This requires all Pods that share the same volume to use the same SELinux label.
     * It is not possible to share the same volume among privileged and unprivileged Pods.
     * Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes
     * whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their
     * CSIDriver instance. Other volumes are always re-labelled recursively.
     * "MountOption" value is allowed only when SELinuxMount feature gate is enabled.
     *
     * If not specified and SELinuxMount feature gate is enabled, "MountOption" is used.
     * If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes
     * and "Recursive" for all other volumes.
     *
     * This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.
     *
     * All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * The SELinux context to be applied to all containers.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in SecurityContext.  If set in
     * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
     * takes precedence for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RolloutSpecTemplateSpecSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RolloutSpecTemplateSpecSecurityContextSeccompProfile;
    /**
     * A list of groups applied to the first process run in each container, in
     * addition to the container's primary GID and fsGroup (if specified).  If
     * the SupplementalGroupsPolicy feature is enabled, the
     * supplementalGroupsPolicy field determines whether these are in addition
     * to or instead of any group memberships defined in the container image.
     * If unspecified, no additional groups are added, though group memberships
     * defined in the container image may still be used, depending on the
     * supplementalGroupsPolicy field.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * Defines how supplemental groups of the first container processes are calculated.
     * Valid values are "Merge" and "Strict". If not specified, "Merge" is used.
     * (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled
     * and the container runtime must implement support for this feature.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported
     * sysctls (by the container runtime) might fail to launch.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecSecurityContext#sysctls
     */
    readonly sysctls?: RolloutSpecTemplateSpecSecurityContextSysctls[];
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options within a container's SecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema RolloutSpecTemplateSpecSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RolloutSpecTemplateSpecSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecSecurityContext' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecSecurityContext(obj: RolloutSpecTemplateSpecSecurityContext | undefined): Record<string, any> | undefined;
/**
 * The pod this Toleration is attached to tolerates any taint that matches
 * the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema RolloutSpecTemplateSpecTolerations
 */
export interface RolloutSpecTemplateSpecTolerations {
    /**
     * Effect indicates the taint effect to match. Empty means match all taint effects.
     * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
     *
     * @schema RolloutSpecTemplateSpecTolerations#effect
     */
    readonly effect?: string;
    /**
     * Key is the taint key that the toleration applies to. Empty means match all taint keys.
     * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
     *
     * @schema RolloutSpecTemplateSpecTolerations#key
     */
    readonly key?: string;
    /**
     * Operator represents a key's relationship to the value.
     * Valid operators are Exists and Equal. Defaults to Equal.
     * Exists is equivalent to wildcard for value, so that a pod can
     * tolerate all taints of a particular category.
     *
     * @default Equal.
     * @schema RolloutSpecTemplateSpecTolerations#operator
     */
    readonly operator?: string;
    /**
     * TolerationSeconds represents the period of time the toleration (which must be
     * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
     * it is not set, which means tolerate the taint forever (do not evict). Zero and
     * negative values will be treated as 0 (evict immediately) by the system.
     *
     * @schema RolloutSpecTemplateSpecTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * Value is the taint value the toleration matches to.
     * If the operator is Exists, the value should be empty, otherwise just a regular string.
     *
     * @schema RolloutSpecTemplateSpecTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecTolerations' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecTolerations(obj: RolloutSpecTemplateSpecTolerations | undefined): Record<string, any> | undefined;
/**
 * TopologySpreadConstraint specifies how to spread matching pods among the given topology.
 *
 * @schema RolloutSpecTemplateSpecTopologySpreadConstraints
 */
export interface RolloutSpecTemplateSpecTopologySpreadConstraints {
    /**
     * LabelSelector is used to find matching pods.
     * Pods that match this label selector are counted to determine the number of pods
     * in their corresponding topology domain.
     *
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select the pods over which
     * spreading will be calculated. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are ANDed with labelSelector
     * to select the group of existing pods over which spreading will be calculated
     * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
     * MatchLabelKeys cannot be set when LabelSelector isn't set.
     * Keys that don't exist in the incoming pod labels will
     * be ignored. A null or empty list means only match against labelSelector.
     *
     * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
     *
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MaxSkew describes the degree to which pods may be unevenly distributed.
     * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
     * between the number of matching pods in the target topology and the global minimum.
     * The global minimum is the minimum number of matching pods in an eligible domain
     * or zero if the number of eligible domains is less than MinDomains.
     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
     * labelSelector spread as 2/2/1:
     * In this case, the global minimum is 1.
     * | zone1 | zone2 | zone3 |
     * |  P P  |  P P  |   P   |
     * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
     * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
     * violate MaxSkew(1).
     * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
     * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
     * to topologies that satisfy it.
     * It's a required field. Default value is 1 and 0 is not allowed.
     *
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * MinDomains indicates a minimum number of eligible domains.
     * When the number of eligible domains with matching topology keys is less than minDomains,
     * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
     * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
     * this value has no effect on scheduling.
     * As a result, when the number of eligible domains is less than minDomains,
     * scheduler won't schedule more than maxSkew Pods to those domains.
     * If value is nil, the constraint behaves as if MinDomains is equal to 1.
     * Valid values are integers greater than 0.
     * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
     *
     * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
     * labelSelector spread as 2/2/2:
     * | zone1 | zone2 | zone3 |
     * |  P P  |  P P  |  P P  |
     * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
     * In this situation, new pod with the same labelSelector cannot be scheduled,
     * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
     * it will violate MaxSkew.
     *
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
     * when calculating pod topology spread skew. Options are:
     * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
     * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
     *
     * If this value is nil, the behavior is equivalent to the Honor policy.
     *
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * NodeTaintsPolicy indicates how we will treat node taints when calculating
     * pod topology spread skew. Options are:
     * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
     * has a toleration, are included.
     * - Ignore: node taints are ignored. All nodes are included.
     *
     * If this value is nil, the behavior is equivalent to the Ignore policy.
     *
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * TopologyKey is the key of node labels. Nodes that have a label with this key
     * and identical values are considered to be in the same topology.
     * We consider each <key, value> as a "bucket", and try to put balanced number
     * of pods into each bucket.
     * We define a domain as a particular instance of a topology.
     * Also, we define an eligible domain as a domain whose nodes meet the requirements of
     * nodeAffinityPolicy and nodeTaintsPolicy.
     * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
     * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
     * It's a required field.
     *
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
     * the spread constraint.
     * - DoNotSchedule (default) tells the scheduler not to schedule it.
     * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
     * but giving higher precedence to topologies that would help reduce the
     * skew.
     * A constraint is considered "Unsatisfiable" for an incoming pod
     * if and only if every possible node assignment for that pod would violate
     * "MaxSkew" on some topology.
     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
     * labelSelector spread as 3/1/1:
     * | zone1 | zone2 | zone3 |
     * | P P P |   P   |   P   |
     * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
     * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
     * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
     * won't make it *more* imbalanced.
     * It's a required field.
     *
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecTopologySpreadConstraints(obj: RolloutSpecTemplateSpecTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * PreferredDuringSchedulingIgnoredDuringExecution defines the weight of the anti-affinity injection
 *
 * @schema RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Weight associated with matching the corresponding podAffinityTerm, in the range 1-100.
     *
     * @schema RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns
 *
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata {
    /**
     * Annotations additional annotations to add to the AnalysisRun
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels Additional labels to add to the AnalysisRun
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata | undefined): Record<string, any> | undefined;
/**
 * AnalysisRunArgument argument to add to analysisRun
 *
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs {
    /**
     * Name argument name
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs#name
     */
    readonly name: string;
    /**
     * Value a hardcoded value for the argument. This field is a one of field with valueFrom
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs#value
     */
    readonly value?: string;
    /**
     * ValueFrom A reference to where the value is stored. This field is a one of field with valueFrom
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs#valueFrom
     */
    readonly valueFrom?: RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs | undefined): Record<string, any> | undefined;
/**
 * DryRun defines the settings for running the analysis in Dry-Run mode.
 *
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun {
    /**
     * Name of the metric which needs to be evaluated in the Dry-Run mode. Wildcard '*' is supported and denotes all
     * the available metrics.
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun | undefined): Record<string, any> | undefined;
/**
 * MeasurementRetention defines the settings for retaining the number of measurements during the analysis.
 *
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention {
    /**
     * Limit is the maximum number of measurements to be retained for this given metric.
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention#limit
     */
    readonly limit: number;
    /**
     * MetricName is the name of the metric on which this retention policy should be applied.
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates {
    /**
     * Whether to look for the templateName at cluster scope or namespace scope
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates#clusterScope
     */
    readonly clusterScope?: boolean;
    /**
     * TemplateName name of template to use in AnalysisRun
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates#templateName
     */
    readonly templateName?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates | undefined): Record<string, any> | undefined;
/**
 * AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns
 *
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata {
    /**
     * Annotations additional annotations to add to the AnalysisRun
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels Additional labels to add to the AnalysisRun
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata | undefined): Record<string, any> | undefined;
/**
 * AnalysisRunArgument argument to add to analysisRun
 *
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs {
    /**
     * Name argument name
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs#name
     */
    readonly name: string;
    /**
     * Value a hardcoded value for the argument. This field is a one of field with valueFrom
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs#value
     */
    readonly value?: string;
    /**
     * ValueFrom A reference to where the value is stored. This field is a one of field with valueFrom
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs#valueFrom
     */
    readonly valueFrom?: RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs | undefined): Record<string, any> | undefined;
/**
 * DryRun defines the settings for running the analysis in Dry-Run mode.
 *
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun {
    /**
     * Name of the metric which needs to be evaluated in the Dry-Run mode. Wildcard '*' is supported and denotes all
     * the available metrics.
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun | undefined): Record<string, any> | undefined;
/**
 * MeasurementRetention defines the settings for retaining the number of measurements during the analysis.
 *
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention {
    /**
     * Limit is the maximum number of measurements to be retained for this given metric.
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention#limit
     */
    readonly limit: number;
    /**
     * MetricName is the name of the metric on which this retention policy should be applied.
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates {
    /**
     * Whether to look for the templateName at cluster scope or namespace scope
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates#clusterScope
     */
    readonly clusterScope?: boolean;
    /**
     * TemplateName name of template to use in AnalysisRun
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates#templateName
     */
    readonly templateName?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates | undefined): Record<string, any> | undefined;
/**
 * AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns
 *
 * @schema RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata
 */
export interface RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata {
    /**
     * Annotations additional annotations to add to the AnalysisRun
     *
     * @schema RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels Additional labels to add to the AnalysisRun
     *
     * @schema RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata(obj: RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata | undefined): Record<string, any> | undefined;
/**
 * AnalysisRunArgument argument to add to analysisRun
 *
 * @schema RolloutSpecStrategyCanaryAnalysisArgs
 */
export interface RolloutSpecStrategyCanaryAnalysisArgs {
    /**
     * Name argument name
     *
     * @schema RolloutSpecStrategyCanaryAnalysisArgs#name
     */
    readonly name: string;
    /**
     * Value a hardcoded value for the argument. This field is a one of field with valueFrom
     *
     * @schema RolloutSpecStrategyCanaryAnalysisArgs#value
     */
    readonly value?: string;
    /**
     * ValueFrom A reference to where the value is stored. This field is a one of field with valueFrom
     *
     * @schema RolloutSpecStrategyCanaryAnalysisArgs#valueFrom
     */
    readonly valueFrom?: RolloutSpecStrategyCanaryAnalysisArgsValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysisArgs' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysisArgs(obj: RolloutSpecStrategyCanaryAnalysisArgs | undefined): Record<string, any> | undefined;
/**
 * DryRun defines the settings for running the analysis in Dry-Run mode.
 *
 * @schema RolloutSpecStrategyCanaryAnalysisDryRun
 */
export interface RolloutSpecStrategyCanaryAnalysisDryRun {
    /**
     * Name of the metric which needs to be evaluated in the Dry-Run mode. Wildcard '*' is supported and denotes all
     * the available metrics.
     *
     * @schema RolloutSpecStrategyCanaryAnalysisDryRun#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysisDryRun' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysisDryRun(obj: RolloutSpecStrategyCanaryAnalysisDryRun | undefined): Record<string, any> | undefined;
/**
 * MeasurementRetention defines the settings for retaining the number of measurements during the analysis.
 *
 * @schema RolloutSpecStrategyCanaryAnalysisMeasurementRetention
 */
export interface RolloutSpecStrategyCanaryAnalysisMeasurementRetention {
    /**
     * Limit is the maximum number of measurements to be retained for this given metric.
     *
     * @schema RolloutSpecStrategyCanaryAnalysisMeasurementRetention#limit
     */
    readonly limit: number;
    /**
     * MetricName is the name of the metric on which this retention policy should be applied.
     *
     * @schema RolloutSpecStrategyCanaryAnalysisMeasurementRetention#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysisMeasurementRetention' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysisMeasurementRetention(obj: RolloutSpecStrategyCanaryAnalysisMeasurementRetention | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryAnalysisTemplates
 */
export interface RolloutSpecStrategyCanaryAnalysisTemplates {
    /**
     * Whether to look for the templateName at cluster scope or namespace scope
     *
     * @schema RolloutSpecStrategyCanaryAnalysisTemplates#clusterScope
     */
    readonly clusterScope?: boolean;
    /**
     * TemplateName name of template to use in AnalysisRun
     *
     * @schema RolloutSpecStrategyCanaryAnalysisTemplates#templateName
     */
    readonly templateName?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysisTemplates' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysisTemplates(obj: RolloutSpecStrategyCanaryAnalysisTemplates | undefined): Record<string, any> | undefined;
/**
 * PreferredDuringSchedulingIgnoredDuringExecution defines the weight of the anti-affinity injection
 *
 * @schema RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Weight associated with matching the corresponding podAffinityTerm, in the range 1-100.
     *
     * @schema RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Analysis defines the AnalysisRun that will run for a step
 *
 * @schema RolloutSpecStrategyCanaryStepsAnalysis
 */
export interface RolloutSpecStrategyCanaryStepsAnalysis {
    /**
     * AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysis#analysisRunMetadata
     */
    readonly analysisRunMetadata?: RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata;
    /**
     * Args the arguments that will be added to the AnalysisRuns
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysis#args
     */
    readonly args?: RolloutSpecStrategyCanaryStepsAnalysisArgs[];
    /**
     * DryRun object contains the settings for running the analysis in Dry-Run mode
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysis#dryRun
     */
    readonly dryRun?: RolloutSpecStrategyCanaryStepsAnalysisDryRun[];
    /**
     * MeasurementRetention object contains the settings for retaining the number of measurements during the analysis
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysis#measurementRetention
     */
    readonly measurementRetention?: RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention[];
    /**
     * Templates reference to a list of analysis templates to combine for an AnalysisRun
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysis#templates
     */
    readonly templates?: RolloutSpecStrategyCanaryStepsAnalysisTemplates[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysis' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysis(obj: RolloutSpecStrategyCanaryStepsAnalysis | undefined): Record<string, any> | undefined;
/**
 * Experiment defines the experiment object that should be created
 *
 * @schema RolloutSpecStrategyCanaryStepsExperiment
 */
export interface RolloutSpecStrategyCanaryStepsExperiment {
    /**
     * Analyses reference which analysis templates to run with the experiment
     *
     * @schema RolloutSpecStrategyCanaryStepsExperiment#analyses
     */
    readonly analyses?: RolloutSpecStrategyCanaryStepsExperimentAnalyses[];
    /**
     * AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns
     *
     * @schema RolloutSpecStrategyCanaryStepsExperiment#analysisRunMetadata
     */
    readonly analysisRunMetadata?: RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata;
    /**
     * DryRun object contains the settings for running the analysis in Dry-Run mode
     *
     * @schema RolloutSpecStrategyCanaryStepsExperiment#dryRun
     */
    readonly dryRun?: RolloutSpecStrategyCanaryStepsExperimentDryRun[];
    /**
     * Duration is a duration string (e.g. 30s, 5m, 1h) that the experiment should run for
     *
     * @schema RolloutSpecStrategyCanaryStepsExperiment#duration
     */
    readonly duration?: string;
    /**
     * ScaleDownDelaySeconds is the number of seconds to wait before scaling down the old ReplicaSet
     *
     * @schema RolloutSpecStrategyCanaryStepsExperiment#scaleDownDelaySeconds
     */
    readonly scaleDownDelaySeconds?: number;
    /**
     * Templates what templates that should be added to the experiment. Should be non-nil
     *
     * @schema RolloutSpecStrategyCanaryStepsExperiment#templates
     */
    readonly templates: RolloutSpecStrategyCanaryStepsExperimentTemplates[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperiment' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperiment(obj: RolloutSpecStrategyCanaryStepsExperiment | undefined): Record<string, any> | undefined;
/**
 * Pause freezes the rollout by setting spec.Paused to true.
 * A Rollout will resume when spec.Paused is reset to false.
 *
 * @schema RolloutSpecStrategyCanaryStepsPause
 */
export interface RolloutSpecStrategyCanaryStepsPause {
    /**
     * Duration the amount of time to wait before moving to the next step.
     *
     * @schema RolloutSpecStrategyCanaryStepsPause#duration
     */
    readonly duration?: RolloutSpecStrategyCanaryStepsPauseDuration;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsPause' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsPause(obj: RolloutSpecStrategyCanaryStepsPause | undefined): Record<string, any> | undefined;
/**
 * Plugin defines a plugin to execute for a step
 *
 * @schema RolloutSpecStrategyCanaryStepsPlugin
 */
export interface RolloutSpecStrategyCanaryStepsPlugin {
    /**
     * Config is the configuration object for the specified plugin
     *
     * @schema RolloutSpecStrategyCanaryStepsPlugin#config
     */
    readonly config?: any;
    /**
     * Name of the hashicorp go-plugin step to query
     *
     * @schema RolloutSpecStrategyCanaryStepsPlugin#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsPlugin' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsPlugin(obj: RolloutSpecStrategyCanaryStepsPlugin | undefined): Record<string, any> | undefined;
/**
 * SetCanaryScale defines how to scale the newRS without changing traffic weight
 *
 * @schema RolloutSpecStrategyCanaryStepsSetCanaryScale
 */
export interface RolloutSpecStrategyCanaryStepsSetCanaryScale {
    /**
     * MatchTrafficWeight cancels out previously set Replicas or Weight, effectively activating SetWeight
     *
     * @schema RolloutSpecStrategyCanaryStepsSetCanaryScale#matchTrafficWeight
     */
    readonly matchTrafficWeight?: boolean;
    /**
     * Replicas sets the number of replicas the newRS should have
     *
     * @schema RolloutSpecStrategyCanaryStepsSetCanaryScale#replicas
     */
    readonly replicas?: number;
    /**
     * Weight sets the percentage of replicas the newRS should have
     *
     * @schema RolloutSpecStrategyCanaryStepsSetCanaryScale#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetCanaryScale' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetCanaryScale(obj: RolloutSpecStrategyCanaryStepsSetCanaryScale | undefined): Record<string, any> | undefined;
/**
 * SetHeaderRoute defines the route with specified header name to send 100% of traffic to the canary service
 *
 * @schema RolloutSpecStrategyCanaryStepsSetHeaderRoute
 */
export interface RolloutSpecStrategyCanaryStepsSetHeaderRoute {
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetHeaderRoute#match
     */
    readonly match?: RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch[];
    /**
     * Name this is the name of the route to use for the mirroring of traffic this also needs
     * to be included in the `spec.strategy.canary.trafficRouting.managedRoutes` field
     *
     * @schema RolloutSpecStrategyCanaryStepsSetHeaderRoute#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetHeaderRoute' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetHeaderRoute(obj: RolloutSpecStrategyCanaryStepsSetHeaderRoute | undefined): Record<string, any> | undefined;
/**
 * SetMirrorRoutes Mirrors traffic that matches rules to a particular destination
 *
 * @schema RolloutSpecStrategyCanaryStepsSetMirrorRoute
 */
export interface RolloutSpecStrategyCanaryStepsSetMirrorRoute {
    /**
     * Match Contains a list of rules that if mated will mirror the traffic to the services
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRoute#match
     */
    readonly match?: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch[];
    /**
     * Name this is the name of the route to use for the mirroring of traffic this also needs
     * to be included in the `spec.strategy.canary.trafficRouting.managedRoutes` field
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRoute#name
     */
    readonly name: string;
    /**
     * Services The list of services to mirror the traffic to if the method, path, headers match
     * Service string `json:"service" protobuf:"bytes,3,opt,name=service"`
     * Percentage What percent of the traffic that matched the rules should be mirrored
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRoute#percentage
     */
    readonly percentage?: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetMirrorRoute' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetMirrorRoute(obj: RolloutSpecStrategyCanaryStepsSetMirrorRoute | undefined): Record<string, any> | undefined;
/**
 * Nginx holds ALB Ingress specific configuration to route traffic
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAlb
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAlb {
    /**
     * AnnotationPrefix has to match the configured annotation prefix on the alb ingress controller
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlb#annotationPrefix
     */
    readonly annotationPrefix?: string;
    /**
     * Ingress refers to the name of an `Ingress` resource in the same namespace as the `Rollout`
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlb#ingress
     */
    readonly ingress?: string;
    /**
     * Ingresses refers to the name of an `Ingress` resource in the same namespace as the `Rollout` in a multi ingress scenario
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlb#ingresses
     */
    readonly ingresses?: string[];
    /**
     * RootService references the service in the ingress to the controller should add the action to
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlb#rootService
     */
    readonly rootService?: string;
    /**
     * ServicePort refers to the port that the Ingress action should route traffic to
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlb#servicePort
     */
    readonly servicePort: number;
    /**
     * StickinessConfig refers to the duration-based stickiness of the target groups associated with an `Ingress`
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlb#stickinessConfig
     */
    readonly stickinessConfig?: RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAlb' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAlb(obj: RolloutSpecStrategyCanaryTrafficRoutingAlb | undefined): Record<string, any> | undefined;
/**
 * Ambassador holds specific configuration to use Ambassador to route traffic
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAmbassador
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAmbassador {
    /**
     * Mappings refer to the name of the Ambassador Mappings used to route traffic to the
     * service
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAmbassador#mappings
     */
    readonly mappings: string[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAmbassador' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAmbassador(obj: RolloutSpecStrategyCanaryTrafficRoutingAmbassador | undefined): Record<string, any> | undefined;
/**
 * Apisix holds specific configuration to use Apisix to route traffic
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingApisix
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingApisix {
    /**
     * Route references an Apisix Route to modify to shape traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingApisix#route
     */
    readonly route?: RolloutSpecStrategyCanaryTrafficRoutingApisixRoute;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingApisix' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingApisix(obj: RolloutSpecStrategyCanaryTrafficRoutingApisix | undefined): Record<string, any> | undefined;
/**
 * AppMesh holds specific configuration to use AppMesh to route traffic
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMesh
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAppMesh {
    /**
     * VirtualNodeGroup references an AppMesh Route targets that are formed by a set of VirtualNodes that are used to shape traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMesh#virtualNodeGroup
     */
    readonly virtualNodeGroup?: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup;
    /**
     * VirtualService references an AppMesh VirtualService and VirtualRouter to modify to shape traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMesh#virtualService
     */
    readonly virtualService?: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAppMesh' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAppMesh(obj: RolloutSpecStrategyCanaryTrafficRoutingAppMesh | undefined): Record<string, any> | undefined;
/**
 * Istio holds Istio specific configuration to route traffic
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstio
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstio {
    /**
     * DestinationRule references an Istio DestinationRule to modify to shape traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstio#destinationRule
     */
    readonly destinationRule?: RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule;
    /**
     * VirtualService references an Istio VirtualService to modify to shape traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstio#virtualService
     */
    readonly virtualService?: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService;
    /**
     * VirtualServices references a list of Istio VirtualService to modify to shape traffic
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstio#virtualServices
     */
    readonly virtualServices?: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstio' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstio(obj: RolloutSpecStrategyCanaryTrafficRoutingIstio | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes(obj: RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes | undefined): Record<string, any> | undefined;
/**
 * Nginx holds Nginx Ingress specific configuration to route traffic
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingNginx
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingNginx {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingNginx#additionalIngressAnnotations
     */
    readonly additionalIngressAnnotations?: {
        [key: string]: string;
    };
    /**
     * AnnotationPrefix has to match the configured annotation prefix on the nginx ingress controller
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingNginx#annotationPrefix
     */
    readonly annotationPrefix?: string;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingNginx#canaryIngressAnnotations
     */
    readonly canaryIngressAnnotations?: {
        [key: string]: string;
    };
    /**
     * StableIngress refers to the name of an `Ingress` resource in the same namespace as the `Rollout`
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingNginx#stableIngress
     */
    readonly stableIngress?: string;
    /**
     * StableIngresses refers to the names of `Ingress` resources in the same namespace as the `Rollout` in a multi ingress scenario
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingNginx#stableIngresses
     */
    readonly stableIngresses?: string[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingNginx' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingNginx(obj: RolloutSpecStrategyCanaryTrafficRoutingNginx | undefined): Record<string, any> | undefined;
/**
 * SMI holds TrafficSplit specific configuration to route traffic
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingSmi
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingSmi {
    /**
     * RootService holds the name of that clients use to communicate.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingSmi#rootService
     */
    readonly rootService?: string;
    /**
     * TrafficSplitName holds the name of the TrafficSplit.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingSmi#trafficSplitName
     */
    readonly trafficSplitName?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingSmi' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingSmi(obj: RolloutSpecStrategyCanaryTrafficRoutingSmi | undefined): Record<string, any> | undefined;
/**
 * Traefik holds specific configuration to use Traefik to route traffic
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingTraefik
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingTraefik {
    /**
     * TraefikServiceName refer to the name of the Traefik service used to route traffic to the service
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingTraefik#weightedTraefikServiceName
     */
    readonly weightedTraefikServiceName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingTraefik' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingTraefik(obj: RolloutSpecStrategyCanaryTrafficRoutingTraefik | undefined): Record<string, any> | undefined;
/**
 * Describes node affinity scheduling rules for the pod.
 *
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinity
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node matches the corresponding matchExpressions; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to an update), the system
     * may or may not try to eventually evict the pod from its node.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinity(obj: RolloutSpecTemplateSpecAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAffinity
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinity(obj: RolloutSpecTemplateSpecAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinity
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the anti-affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling anti-affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and subtracting
     * "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the anti-affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the anti-affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinity(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema RolloutSpecTemplateSpecContainersEnv
 */
export interface RolloutSpecTemplateSpecContainersEnv {
    /**
     * Name of the environment variable.
     * May consist of any printable ASCII characters except '='.
     *
     * @schema RolloutSpecTemplateSpecContainersEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema RolloutSpecTemplateSpecContainersEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema RolloutSpecTemplateSpecContainersEnv#valueFrom
     */
    readonly valueFrom?: RolloutSpecTemplateSpecContainersEnvValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnv' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnv(obj: RolloutSpecTemplateSpecContainersEnv | undefined): Record<string, any> | undefined;
/**
 * EnvFromSource represents the source of a set of ConfigMaps or Secrets
 *
 * @schema RolloutSpecTemplateSpecContainersEnvFrom
 */
export interface RolloutSpecTemplateSpecContainersEnvFrom {
    /**
     * The ConfigMap to select from
     *
     * @schema RolloutSpecTemplateSpecContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: RolloutSpecTemplateSpecContainersEnvFromConfigMapRef;
    /**
     * Optional text to prepend to the name of each environment variable.
     * May consist of any printable ASCII characters except '='.
     *
     * @schema RolloutSpecTemplateSpecContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * The Secret to select from
     *
     * @schema RolloutSpecTemplateSpecContainersEnvFrom#secretRef
     */
    readonly secretRef?: RolloutSpecTemplateSpecContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvFrom(obj: RolloutSpecTemplateSpecContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * Actions that the management system should take in response to container lifecycle events.
 * Cannot be updated.
 *
 * @schema RolloutSpecTemplateSpecContainersLifecycle
 */
export interface RolloutSpecTemplateSpecContainersLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema RolloutSpecTemplateSpecContainersLifecycle#postStart
     */
    readonly postStart?: RolloutSpecTemplateSpecContainersLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema RolloutSpecTemplateSpecContainersLifecycle#preStop
     */
    readonly preStop?: RolloutSpecTemplateSpecContainersLifecyclePreStop;
    /**
     * StopSignal defines which signal will be sent to a container when it is being stopped.
     * If not specified, the default is defined by the container runtime in use.
     * StopSignal can only be set for Pods with a non-empty .spec.os.name
     *
     * @schema RolloutSpecTemplateSpecContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecycle' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecycle(obj: RolloutSpecTemplateSpecContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container liveness.
 * Container will be restarted if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema RolloutSpecTemplateSpecContainersLivenessProbe
 */
export interface RolloutSpecTemplateSpecContainersLivenessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecContainersLivenessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecContainersLivenessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecContainersLivenessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLivenessProbe(obj: RolloutSpecTemplateSpecContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema RolloutSpecTemplateSpecContainersPorts
 */
export interface RolloutSpecTemplateSpecContainersPorts {
    /**
     * Number of port to expose on the pod's IP address.
     * This must be a valid port number, 0 < x < 65536.
     *
     * @schema RolloutSpecTemplateSpecContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * What host IP to bind the external port to.
     *
     * @schema RolloutSpecTemplateSpecContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * Number of port to expose on the host.
     * If specified, this must be a valid port number, 0 < x < 65536.
     * If HostNetwork is specified, this must match ContainerPort.
     * Most containers do not need this.
     *
     * @schema RolloutSpecTemplateSpecContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
     * named port in a pod must have a unique name. Name for the port that can be
     * referred to by services.
     *
     * @schema RolloutSpecTemplateSpecContainersPorts#name
     */
    readonly name?: string;
    /**
     * Protocol for port. Must be UDP, TCP, or SCTP.
     * Defaults to "TCP".
     *
     * @default TCP".
     * @schema RolloutSpecTemplateSpecContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersPorts' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersPorts(obj: RolloutSpecTemplateSpecContainersPorts | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container service readiness.
 * Container will be removed from service endpoints if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema RolloutSpecTemplateSpecContainersReadinessProbe
 */
export interface RolloutSpecTemplateSpecContainersReadinessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecContainersReadinessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecContainersReadinessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecContainersReadinessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersReadinessProbe(obj: RolloutSpecTemplateSpecContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerResizePolicy represents resource resize policy for the container.
 *
 * @schema RolloutSpecTemplateSpecContainersResizePolicy
 */
export interface RolloutSpecTemplateSpecContainersResizePolicy {
    /**
     * Name of the resource to which this resource resize policy applies.
     * Supported values: cpu, memory.
     *
     * @schema RolloutSpecTemplateSpecContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * Restart policy to apply when specified resource is resized.
     * If not specified, it defaults to NotRequired.
     *
     * @schema RolloutSpecTemplateSpecContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersResizePolicy' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersResizePolicy(obj: RolloutSpecTemplateSpecContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this container.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema RolloutSpecTemplateSpecContainersResources
 */
export interface RolloutSpecTemplateSpecContainersResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema RolloutSpecTemplateSpecContainersResources#claims
     */
    readonly claims?: RolloutSpecTemplateSpecContainersResourcesClaims[];
    /**
     * @schema RolloutSpecTemplateSpecContainersResources#limits
     */
    readonly limits?: any;
    /**
     * @schema RolloutSpecTemplateSpecContainersResources#requests
     */
    readonly requests?: any;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersResources' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersResources(obj: RolloutSpecTemplateSpecContainersResources | undefined): Record<string, any> | undefined;
/**
 * ContainerRestartRule describes how a container exit is handled.
 *
 * @schema RolloutSpecTemplateSpecContainersRestartPolicyRules
 */
export interface RolloutSpecTemplateSpecContainersRestartPolicyRules {
    /**
     * Specifies the action taken on a container exit if the requirements
     * are satisfied. The only possible value is "Restart" to restart the
     * container.
     *
     * @schema RolloutSpecTemplateSpecContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * Represents the exit codes to check on container exits.
     *
     * @schema RolloutSpecTemplateSpecContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersRestartPolicyRules(obj: RolloutSpecTemplateSpecContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * SecurityContext defines the security options the container should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema RolloutSpecTemplateSpecContainersSecurityContext
 */
export interface RolloutSpecTemplateSpecContainersSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#capabilities
     */
    readonly capabilities?: RolloutSpecTemplateSpecContainersSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersSecurityContext' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersSecurityContext(obj: RolloutSpecTemplateSpecContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * StartupProbe indicates that the Pod has successfully initialized.
 * If specified, no other probes are executed until this completes successfully.
 * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
 * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
 * when it might take a long time to load data or warm a cache, than during steady-state operation.
 * This cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema RolloutSpecTemplateSpecContainersStartupProbe
 */
export interface RolloutSpecTemplateSpecContainersStartupProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecContainersStartupProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecContainersStartupProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecContainersStartupProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecContainersStartupProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersStartupProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersStartupProbe(obj: RolloutSpecTemplateSpecContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema RolloutSpecTemplateSpecContainersVolumeDevices
 */
export interface RolloutSpecTemplateSpecContainersVolumeDevices {
    /**
     * devicePath is the path inside of the container that the device will be mapped to.
     *
     * @schema RolloutSpecTemplateSpecContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * name must match the name of a persistentVolumeClaim in the pod
     *
     * @schema RolloutSpecTemplateSpecContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersVolumeDevices(obj: RolloutSpecTemplateSpecContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema RolloutSpecTemplateSpecContainersVolumeMounts
 */
export interface RolloutSpecTemplateSpecContainersVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema RolloutSpecTemplateSpecContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema RolloutSpecTemplateSpecContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema RolloutSpecTemplateSpecContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema RolloutSpecTemplateSpecContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema RolloutSpecTemplateSpecContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema RolloutSpecTemplateSpecContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersVolumeMounts(obj: RolloutSpecTemplateSpecContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * PodDNSConfigOption defines DNS resolver options of a pod.
 *
 * @schema RolloutSpecTemplateSpecDnsConfigOptions
 */
export interface RolloutSpecTemplateSpecDnsConfigOptions {
    /**
     * Name is this DNS resolver option's name.
     * Required.
     *
     * @schema RolloutSpecTemplateSpecDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * Value is this DNS resolver option's value.
     *
     * @schema RolloutSpecTemplateSpecDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecDnsConfigOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecDnsConfigOptions(obj: RolloutSpecTemplateSpecDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnv
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnv {
    /**
     * Name of the environment variable.
     * May consist of any printable ASCII characters except '='.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnv#valueFrom
     */
    readonly valueFrom?: RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnv' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnv(obj: RolloutSpecTemplateSpecEphemeralContainersEnv | undefined): Record<string, any> | undefined;
/**
 * EnvFromSource represents the source of a set of ConfigMaps or Secrets
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFrom
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvFrom {
    /**
     * The ConfigMap to select from
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef;
    /**
     * Optional text to prepend to the name of each environment variable.
     * May consist of any printable ASCII characters except '='.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * The Secret to select from
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFrom#secretRef
     */
    readonly secretRef?: RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvFrom(obj: RolloutSpecTemplateSpecEphemeralContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * Lifecycle is not allowed for ephemeral containers.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecycle
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecycle#postStart
     */
    readonly postStart?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecycle#preStop
     */
    readonly preStop?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop;
    /**
     * StopSignal defines which signal will be sent to a container when it is being stopped.
     * If not specified, the default is defined by the container runtime in use.
     * StopSignal can only be set for Pods with a non-empty .spec.os.name
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecycle' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecycle(obj: RolloutSpecTemplateSpecEphemeralContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * Probes are not allowed for ephemeral containers.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLivenessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLivenessProbe(obj: RolloutSpecTemplateSpecEphemeralContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersPorts
 */
export interface RolloutSpecTemplateSpecEphemeralContainersPorts {
    /**
     * Number of port to expose on the pod's IP address.
     * This must be a valid port number, 0 < x < 65536.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * What host IP to bind the external port to.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * Number of port to expose on the host.
     * If specified, this must be a valid port number, 0 < x < 65536.
     * If HostNetwork is specified, this must match ContainerPort.
     * Most containers do not need this.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
     * named port in a pod must have a unique name. Name for the port that can be
     * referred to by services.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersPorts#name
     */
    readonly name?: string;
    /**
     * Protocol for port. Must be UDP, TCP, or SCTP.
     * Defaults to "TCP".
     *
     * @default TCP".
     * @schema RolloutSpecTemplateSpecEphemeralContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersPorts' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersPorts(obj: RolloutSpecTemplateSpecEphemeralContainersPorts | undefined): Record<string, any> | undefined;
/**
 * Probes are not allowed for ephemeral containers.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe
 */
export interface RolloutSpecTemplateSpecEphemeralContainersReadinessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersReadinessProbe(obj: RolloutSpecTemplateSpecEphemeralContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerResizePolicy represents resource resize policy for the container.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersResizePolicy
 */
export interface RolloutSpecTemplateSpecEphemeralContainersResizePolicy {
    /**
     * Name of the resource to which this resource resize policy applies.
     * Supported values: cpu, memory.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * Restart policy to apply when specified resource is resized.
     * If not specified, it defaults to NotRequired.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersResizePolicy' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersResizePolicy(obj: RolloutSpecTemplateSpecEphemeralContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * Resources are not allowed for ephemeral containers. Ephemeral containers use spare resources
 * already allocated to the pod.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersResources
 */
export interface RolloutSpecTemplateSpecEphemeralContainersResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersResources#claims
     */
    readonly claims?: RolloutSpecTemplateSpecEphemeralContainersResourcesClaims[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersResources#limits
     */
    readonly limits?: any;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersResources#requests
     */
    readonly requests?: any;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersResources' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersResources(obj: RolloutSpecTemplateSpecEphemeralContainersResources | undefined): Record<string, any> | undefined;
/**
 * ContainerRestartRule describes how a container exit is handled.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules
 */
export interface RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules {
    /**
     * Specifies the action taken on a container exit if the requirements
     * are satisfied. The only possible value is "Restart" to restart the
     * container.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * Represents the exit codes to check on container exits.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules(obj: RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * Optional: SecurityContext defines the security options the ephemeral container should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext
 */
export interface RolloutSpecTemplateSpecEphemeralContainersSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#capabilities
     */
    readonly capabilities?: RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersSecurityContext' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersSecurityContext(obj: RolloutSpecTemplateSpecEphemeralContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * Probes are not allowed for ephemeral containers.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe
 */
export interface RolloutSpecTemplateSpecEphemeralContainersStartupProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersStartupProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersStartupProbe(obj: RolloutSpecTemplateSpecEphemeralContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeDevices
 */
export interface RolloutSpecTemplateSpecEphemeralContainersVolumeDevices {
    /**
     * devicePath is the path inside of the container that the device will be mapped to.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * name must match the name of a persistentVolumeClaim in the pod
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersVolumeDevices(obj: RolloutSpecTemplateSpecEphemeralContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts
 */
export interface RolloutSpecTemplateSpecEphemeralContainersVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersVolumeMounts(obj: RolloutSpecTemplateSpecEphemeralContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema RolloutSpecTemplateSpecInitContainersEnv
 */
export interface RolloutSpecTemplateSpecInitContainersEnv {
    /**
     * Name of the environment variable.
     * May consist of any printable ASCII characters except '='.
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema RolloutSpecTemplateSpecInitContainersEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnv#valueFrom
     */
    readonly valueFrom?: RolloutSpecTemplateSpecInitContainersEnvValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnv' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnv(obj: RolloutSpecTemplateSpecInitContainersEnv | undefined): Record<string, any> | undefined;
/**
 * EnvFromSource represents the source of a set of ConfigMaps or Secrets
 *
 * @schema RolloutSpecTemplateSpecInitContainersEnvFrom
 */
export interface RolloutSpecTemplateSpecInitContainersEnvFrom {
    /**
     * The ConfigMap to select from
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef;
    /**
     * Optional text to prepend to the name of each environment variable.
     * May consist of any printable ASCII characters except '='.
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * The Secret to select from
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvFrom#secretRef
     */
    readonly secretRef?: RolloutSpecTemplateSpecInitContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvFrom(obj: RolloutSpecTemplateSpecInitContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * Actions that the management system should take in response to container lifecycle events.
 * Cannot be updated.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecycle
 */
export interface RolloutSpecTemplateSpecInitContainersLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecycle#postStart
     */
    readonly postStart?: RolloutSpecTemplateSpecInitContainersLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecycle#preStop
     */
    readonly preStop?: RolloutSpecTemplateSpecInitContainersLifecyclePreStop;
    /**
     * StopSignal defines which signal will be sent to a container when it is being stopped.
     * If not specified, the default is defined by the container runtime in use.
     * StopSignal can only be set for Pods with a non-empty .spec.os.name
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecycle' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecycle(obj: RolloutSpecTemplateSpecInitContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container liveness.
 * Container will be restarted if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe
 */
export interface RolloutSpecTemplateSpecInitContainersLivenessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecInitContainersLivenessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLivenessProbe(obj: RolloutSpecTemplateSpecInitContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema RolloutSpecTemplateSpecInitContainersPorts
 */
export interface RolloutSpecTemplateSpecInitContainersPorts {
    /**
     * Number of port to expose on the pod's IP address.
     * This must be a valid port number, 0 < x < 65536.
     *
     * @schema RolloutSpecTemplateSpecInitContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * What host IP to bind the external port to.
     *
     * @schema RolloutSpecTemplateSpecInitContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * Number of port to expose on the host.
     * If specified, this must be a valid port number, 0 < x < 65536.
     * If HostNetwork is specified, this must match ContainerPort.
     * Most containers do not need this.
     *
     * @schema RolloutSpecTemplateSpecInitContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
     * named port in a pod must have a unique name. Name for the port that can be
     * referred to by services.
     *
     * @schema RolloutSpecTemplateSpecInitContainersPorts#name
     */
    readonly name?: string;
    /**
     * Protocol for port. Must be UDP, TCP, or SCTP.
     * Defaults to "TCP".
     *
     * @default TCP".
     * @schema RolloutSpecTemplateSpecInitContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersPorts' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersPorts(obj: RolloutSpecTemplateSpecInitContainersPorts | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container service readiness.
 * Container will be removed from service endpoints if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe
 */
export interface RolloutSpecTemplateSpecInitContainersReadinessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecInitContainersReadinessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersReadinessProbe(obj: RolloutSpecTemplateSpecInitContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerResizePolicy represents resource resize policy for the container.
 *
 * @schema RolloutSpecTemplateSpecInitContainersResizePolicy
 */
export interface RolloutSpecTemplateSpecInitContainersResizePolicy {
    /**
     * Name of the resource to which this resource resize policy applies.
     * Supported values: cpu, memory.
     *
     * @schema RolloutSpecTemplateSpecInitContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * Restart policy to apply when specified resource is resized.
     * If not specified, it defaults to NotRequired.
     *
     * @schema RolloutSpecTemplateSpecInitContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersResizePolicy' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersResizePolicy(obj: RolloutSpecTemplateSpecInitContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this container.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema RolloutSpecTemplateSpecInitContainersResources
 */
export interface RolloutSpecTemplateSpecInitContainersResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema RolloutSpecTemplateSpecInitContainersResources#claims
     */
    readonly claims?: RolloutSpecTemplateSpecInitContainersResourcesClaims[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainersResources#limits
     */
    readonly limits?: any;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersResources#requests
     */
    readonly requests?: any;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersResources' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersResources(obj: RolloutSpecTemplateSpecInitContainersResources | undefined): Record<string, any> | undefined;
/**
 * ContainerRestartRule describes how a container exit is handled.
 *
 * @schema RolloutSpecTemplateSpecInitContainersRestartPolicyRules
 */
export interface RolloutSpecTemplateSpecInitContainersRestartPolicyRules {
    /**
     * Specifies the action taken on a container exit if the requirements
     * are satisfied. The only possible value is "Restart" to restart the
     * container.
     *
     * @schema RolloutSpecTemplateSpecInitContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * Represents the exit codes to check on container exits.
     *
     * @schema RolloutSpecTemplateSpecInitContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersRestartPolicyRules(obj: RolloutSpecTemplateSpecInitContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * SecurityContext defines the security options the container should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema RolloutSpecTemplateSpecInitContainersSecurityContext
 */
export interface RolloutSpecTemplateSpecInitContainersSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#capabilities
     */
    readonly capabilities?: RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersSecurityContext' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersSecurityContext(obj: RolloutSpecTemplateSpecInitContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * StartupProbe indicates that the Pod has successfully initialized.
 * If specified, no other probes are executed until this completes successfully.
 * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
 * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
 * when it might take a long time to load data or warm a cache, than during steady-state operation.
 * This cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbe
 */
export interface RolloutSpecTemplateSpecInitContainersStartupProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecInitContainersStartupProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecInitContainersStartupProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersStartupProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersStartupProbe(obj: RolloutSpecTemplateSpecInitContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema RolloutSpecTemplateSpecInitContainersVolumeDevices
 */
export interface RolloutSpecTemplateSpecInitContainersVolumeDevices {
    /**
     * devicePath is the path inside of the container that the device will be mapped to.
     *
     * @schema RolloutSpecTemplateSpecInitContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * name must match the name of a persistentVolumeClaim in the pod
     *
     * @schema RolloutSpecTemplateSpecInitContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersVolumeDevices(obj: RolloutSpecTemplateSpecInitContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts
 */
export interface RolloutSpecTemplateSpecInitContainersVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersVolumeMounts(obj: RolloutSpecTemplateSpecInitContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema RolloutSpecTemplateSpecResourcesClaims
 */
export interface RolloutSpecTemplateSpecResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema RolloutSpecTemplateSpecResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema RolloutSpecTemplateSpecResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecResourcesClaims' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecResourcesClaims(obj: RolloutSpecTemplateSpecResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecResourcesLimits
 */
export declare class RolloutSpecTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecResourcesLimits;
    static fromString(value: string): RolloutSpecTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecResourcesRequests
 */
export declare class RolloutSpecTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecResourcesRequests;
    static fromString(value: string): RolloutSpecTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * appArmorProfile is the AppArmor options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RolloutSpecTemplateSpecSecurityContextAppArmorProfile
 */
export interface RolloutSpecTemplateSpecSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema RolloutSpecTemplateSpecSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema RolloutSpecTemplateSpecSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecSecurityContextAppArmorProfile(obj: RolloutSpecTemplateSpecSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to all containers.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in SecurityContext.  If set in
 * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
 * takes precedence for that container.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RolloutSpecTemplateSpecSecurityContextSeLinuxOptions
 */
export interface RolloutSpecTemplateSpecSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecSecurityContextSeLinuxOptions(obj: RolloutSpecTemplateSpecSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RolloutSpecTemplateSpecSecurityContextSeccompProfile
 */
export interface RolloutSpecTemplateSpecSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema RolloutSpecTemplateSpecSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema RolloutSpecTemplateSpecSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecSecurityContextSeccompProfile(obj: RolloutSpecTemplateSpecSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * Sysctl defines a kernel parameter to be set
 *
 * @schema RolloutSpecTemplateSpecSecurityContextSysctls
 */
export interface RolloutSpecTemplateSpecSecurityContextSysctls {
    /**
     * Name of a property to set
     *
     * @schema RolloutSpecTemplateSpecSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * Value of a property to set
     *
     * @schema RolloutSpecTemplateSpecSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecSecurityContextSysctls(obj: RolloutSpecTemplateSpecSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options within a container's SecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema RolloutSpecTemplateSpecSecurityContextWindowsOptions
 */
export interface RolloutSpecTemplateSpecSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema RolloutSpecTemplateSpecSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema RolloutSpecTemplateSpecSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema RolloutSpecTemplateSpecSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema RolloutSpecTemplateSpecSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecSecurityContextWindowsOptions(obj: RolloutSpecTemplateSpecSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * LabelSelector is used to find matching pods.
 * Pods that match this label selector are counted to determine the number of pods
 * in their corresponding topology domain.
 *
 * @schema RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector
 */
export interface RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector(obj: RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * ValueFrom A reference to where the value is stored. This field is a one of field with valueFrom
 *
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom {
    /**
     * FieldRef
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef;
    /**
     * PodTemplateHashValue gets the value from one of the children ReplicaSet's Pod Template Hash
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom#podTemplateHashValue
     */
    readonly podTemplateHashValue?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom | undefined): Record<string, any> | undefined;
/**
 * ValueFrom A reference to where the value is stored. This field is a one of field with valueFrom
 *
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom {
    /**
     * FieldRef
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef;
    /**
     * PodTemplateHashValue gets the value from one of the children ReplicaSet's Pod Template Hash
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom#podTemplateHashValue
     */
    readonly podTemplateHashValue?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom | undefined): Record<string, any> | undefined;
/**
 * ValueFrom A reference to where the value is stored. This field is a one of field with valueFrom
 *
 * @schema RolloutSpecStrategyCanaryAnalysisArgsValueFrom
 */
export interface RolloutSpecStrategyCanaryAnalysisArgsValueFrom {
    /**
     * FieldRef
     *
     * @schema RolloutSpecStrategyCanaryAnalysisArgsValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef;
    /**
     * PodTemplateHashValue gets the value from one of the children ReplicaSet's Pod Template Hash
     *
     * @schema RolloutSpecStrategyCanaryAnalysisArgsValueFrom#podTemplateHashValue
     */
    readonly podTemplateHashValue?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysisArgsValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysisArgsValueFrom(obj: RolloutSpecStrategyCanaryAnalysisArgsValueFrom | undefined): Record<string, any> | undefined;
/**
 * AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns
 *
 * @schema RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata
 */
export interface RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata {
    /**
     * Annotations additional annotations to add to the AnalysisRun
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels Additional labels to add to the AnalysisRun
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata(obj: RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata | undefined): Record<string, any> | undefined;
/**
 * AnalysisRunArgument argument to add to analysisRun
 *
 * @schema RolloutSpecStrategyCanaryStepsAnalysisArgs
 */
export interface RolloutSpecStrategyCanaryStepsAnalysisArgs {
    /**
     * Name argument name
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysisArgs#name
     */
    readonly name: string;
    /**
     * Value a hardcoded value for the argument. This field is a one of field with valueFrom
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysisArgs#value
     */
    readonly value?: string;
    /**
     * ValueFrom A reference to where the value is stored. This field is a one of field with valueFrom
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysisArgs#valueFrom
     */
    readonly valueFrom?: RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysisArgs' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysisArgs(obj: RolloutSpecStrategyCanaryStepsAnalysisArgs | undefined): Record<string, any> | undefined;
/**
 * DryRun defines the settings for running the analysis in Dry-Run mode.
 *
 * @schema RolloutSpecStrategyCanaryStepsAnalysisDryRun
 */
export interface RolloutSpecStrategyCanaryStepsAnalysisDryRun {
    /**
     * Name of the metric which needs to be evaluated in the Dry-Run mode. Wildcard '*' is supported and denotes all
     * the available metrics.
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysisDryRun#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysisDryRun' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysisDryRun(obj: RolloutSpecStrategyCanaryStepsAnalysisDryRun | undefined): Record<string, any> | undefined;
/**
 * MeasurementRetention defines the settings for retaining the number of measurements during the analysis.
 *
 * @schema RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention
 */
export interface RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention {
    /**
     * Limit is the maximum number of measurements to be retained for this given metric.
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention#limit
     */
    readonly limit: number;
    /**
     * MetricName is the name of the metric on which this retention policy should be applied.
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention(obj: RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsAnalysisTemplates
 */
export interface RolloutSpecStrategyCanaryStepsAnalysisTemplates {
    /**
     * Whether to look for the templateName at cluster scope or namespace scope
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysisTemplates#clusterScope
     */
    readonly clusterScope?: boolean;
    /**
     * TemplateName name of template to use in AnalysisRun
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysisTemplates#templateName
     */
    readonly templateName?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysisTemplates' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysisTemplates(obj: RolloutSpecStrategyCanaryStepsAnalysisTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsExperimentAnalyses
 */
export interface RolloutSpecStrategyCanaryStepsExperimentAnalyses {
    /**
     * Args the arguments that will be added to the AnalysisRuns
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalyses#args
     */
    readonly args?: RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs[];
    /**
     * Whether to look for the templateName at cluster scope or namespace scope
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalyses#clusterScope
     */
    readonly clusterScope?: boolean;
    /**
     * Name is a name for this analysis template invocation
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalyses#name
     */
    readonly name: string;
    /**
     * RequiredForCompletion blocks the Experiment from completing until the analysis has completed
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalyses#requiredForCompletion
     */
    readonly requiredForCompletion?: boolean;
    /**
     * TemplateName reference of the AnalysisTemplate name used by the Experiment to create the run
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalyses#templateName
     */
    readonly templateName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentAnalyses' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentAnalyses(obj: RolloutSpecStrategyCanaryStepsExperimentAnalyses | undefined): Record<string, any> | undefined;
/**
 * AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns
 *
 * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata
 */
export interface RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata {
    /**
     * Annotations additional annotations to add to the AnalysisRun
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels Additional labels to add to the AnalysisRun
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata(obj: RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata | undefined): Record<string, any> | undefined;
/**
 * DryRun defines the settings for running the analysis in Dry-Run mode.
 *
 * @schema RolloutSpecStrategyCanaryStepsExperimentDryRun
 */
export interface RolloutSpecStrategyCanaryStepsExperimentDryRun {
    /**
     * Name of the metric which needs to be evaluated in the Dry-Run mode. Wildcard '*' is supported and denotes all
     * the available metrics.
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentDryRun#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentDryRun' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentDryRun(obj: RolloutSpecStrategyCanaryStepsExperimentDryRun | undefined): Record<string, any> | undefined;
/**
 * RolloutExperimentTemplate defines the template used to create experiments for the Rollout's experiment canary step
 *
 * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates
 */
export interface RolloutSpecStrategyCanaryStepsExperimentTemplates {
    /**
     * Metadata sets labels and annotations to use for the RS created from the template
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates#metadata
     */
    readonly metadata?: RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata;
    /**
     * Name description of template that passed to the template
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates#name
     */
    readonly name: string;
    /**
     * Replicas replica count for the template
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates#replicas
     */
    readonly replicas?: number;
    /**
     * Selector overrides the selector to be used for the template's ReplicaSet. If omitted, will
     * use the same selector as the Rollout
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates#selector
     */
    readonly selector?: RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector;
    /**
     * Service controls the optionally generated service
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates#service
     */
    readonly service?: RolloutSpecStrategyCanaryStepsExperimentTemplatesService;
    /**
     * SpecRef indicates where the rollout should get the RS template from
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates#specRef
     */
    readonly specRef: string;
    /**
     * Weight sets the percentage of traffic the template's replicas should receive
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentTemplates' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentTemplates(obj: RolloutSpecStrategyCanaryStepsExperimentTemplates | undefined): Record<string, any> | undefined;
/**
 * Duration the amount of time to wait before moving to the next step.
 *
 * @schema RolloutSpecStrategyCanaryStepsPauseDuration
 */
export declare class RolloutSpecStrategyCanaryStepsPauseDuration {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecStrategyCanaryStepsPauseDuration;
    static fromString(value: string): RolloutSpecStrategyCanaryStepsPauseDuration;
    private constructor();
}
/**
 * @schema RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch
 */
export interface RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch {
    /**
     * HeaderName the name of the request header
     *
     * @schema RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch#headerName
     */
    readonly headerName: string;
    /**
     * HeaderValue the value of the header
     *
     * @schema RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch#headerValue
     */
    readonly headerValue: RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch(obj: RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch
 */
export interface RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch {
    /**
     * Headers What request with matching headers should be mirrored
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch#headers
     */
    readonly headers?: {
        [key: string]: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders;
    };
    /**
     * Method What http methods should be mirrored
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch#method
     */
    readonly method?: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod;
    /**
     * Path What url paths should be mirrored
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch#path
     */
    readonly path?: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch(obj: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch | undefined): Record<string, any> | undefined;
/**
 * StickinessConfig refers to the duration-based stickiness of the target groups associated with an `Ingress`
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig#durationSeconds
     */
    readonly durationSeconds: number;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig#enabled
     */
    readonly enabled: boolean;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig(obj: RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig | undefined): Record<string, any> | undefined;
/**
 * Route references an Apisix Route to modify to shape traffic
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingApisixRoute
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingApisixRoute {
    /**
     * Name refer to the name of the APISIX Route used to route traffic to the service
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingApisixRoute#name
     */
    readonly name: string;
    /**
     * RuleRef a list of the APISIX Route HTTP Rules used to route traffic to the service
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingApisixRoute#rules
     */
    readonly rules?: string[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingApisixRoute' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingApisixRoute(obj: RolloutSpecStrategyCanaryTrafficRoutingApisixRoute | undefined): Record<string, any> | undefined;
/**
 * VirtualNodeGroup references an AppMesh Route targets that are formed by a set of VirtualNodes that are used to shape traffic
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup {
    /**
     * CanaryVirtualNodeRef is the virtual node ref to modify labels with canary ReplicaSet pod template hash value
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup#canaryVirtualNodeRef
     */
    readonly canaryVirtualNodeRef: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef;
    /**
     * StableVirtualNodeRef is the virtual node name to modify labels with stable ReplicaSet pod template hash value
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup#stableVirtualNodeRef
     */
    readonly stableVirtualNodeRef: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup(obj: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup | undefined): Record<string, any> | undefined;
/**
 * VirtualService references an AppMesh VirtualService and VirtualRouter to modify to shape traffic
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService {
    /**
     * Name is the name of virtual service
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService#name
     */
    readonly name: string;
    /**
     * Routes is list of HTTP routes within virtual router associated with virtual service to edit. If omitted, virtual service must have a single route of this type.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService#routes
     */
    readonly routes?: string[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService(obj: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService | undefined): Record<string, any> | undefined;
/**
 * DestinationRule references an Istio DestinationRule to modify to shape traffic
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule {
    /**
     * AdditionalSubsetNames contains a list of additional names for subset DestinationRules that are not controlled by Argo Rollouts
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule#additionalSubsetNames
     */
    readonly additionalSubsetNames?: string[];
    /**
     * CanarySubsetName is the subset name to modify labels with canary ReplicaSet pod template hash value
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule#canarySubsetName
     */
    readonly canarySubsetName: string;
    /**
     * Name holds the name of the DestinationRule
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule#name
     */
    readonly name: string;
    /**
     * StableSubsetName is the subset name to modify labels with stable ReplicaSet pod template hash value
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule#stableSubsetName
     */
    readonly stableSubsetName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule(obj: RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule | undefined): Record<string, any> | undefined;
/**
 * VirtualService references an Istio VirtualService to modify to shape traffic
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService {
    /**
     * Name holds the name of the VirtualService
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService#name
     */
    readonly name: string;
    /**
     * A list of HTTP routes within VirtualService to edit. If omitted, VirtualService must have a single route of this type.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService#routes
     */
    readonly routes?: string[];
    /**
     * A list of TCP routes within VirtualService to edit. If omitted, VirtualService must have a single route of this type.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService#tcpRoutes
     */
    readonly tcpRoutes?: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes[];
    /**
     * A list of TLS/HTTPS routes within VirtualService to edit. If omitted, VirtualService must have a single route of this type.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService#tlsRoutes
     */
    readonly tlsRoutes?: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService(obj: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService | undefined): Record<string, any> | undefined;
/**
 * IstioVirtualService holds information on the virtual service the rollout needs to modify
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices {
    /**
     * Name holds the name of the VirtualService
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices#name
     */
    readonly name: string;
    /**
     * A list of HTTP routes within VirtualService to edit. If omitted, VirtualService must have a single route of this type.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices#routes
     */
    readonly routes?: string[];
    /**
     * A list of TCP routes within VirtualService to edit. If omitted, VirtualService must have a single route of this type.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices#tcpRoutes
     */
    readonly tcpRoutes?: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes[];
    /**
     * A list of TLS/HTTPS routes within VirtualService to edit. If omitted, VirtualService must have a single route of this type.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices#tlsRoutes
     */
    readonly tlsRoutes?: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices(obj: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices | undefined): Record<string, any> | undefined;
/**
 * An empty preferred scheduling term matches all objects with implicit weight 0
 * (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * A node selector term, associated with the corresponding weight.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * If the affinity requirements specified by this field are not met at
 * scheduling time, the pod will not be scheduled onto the node.
 * If the affinity requirements specified by this field cease to be met
 * at some point during pod execution (e.g. due to an update), the system
 * may or may not try to eventually evict the pod from its node.
 *
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A list of node selector terms. The terms are ORed.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema RolloutSpecTemplateSpecContainersEnvValueFrom
 */
export interface RolloutSpecTemplateSpecContainersEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecTemplateSpecContainersEnvValueFromFieldRef;
    /**
     * FileKeyRef selects a key of the env file.
     * Requires the EnvFiles feature gate to be enabled.
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvValueFrom(obj: RolloutSpecTemplateSpecContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * The ConfigMap to select from
 *
 * @schema RolloutSpecTemplateSpecContainersEnvFromConfigMapRef
 */
export interface RolloutSpecTemplateSpecContainersEnvFromConfigMapRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RolloutSpecTemplateSpecContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap must be defined
     *
     * @schema RolloutSpecTemplateSpecContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvFromConfigMapRef(obj: RolloutSpecTemplateSpecContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * The Secret to select from
 *
 * @schema RolloutSpecTemplateSpecContainersEnvFromSecretRef
 */
export interface RolloutSpecTemplateSpecContainersEnvFromSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RolloutSpecTemplateSpecContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret must be defined
     *
     * @schema RolloutSpecTemplateSpecContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvFromSecretRef(obj: RolloutSpecTemplateSpecContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStart
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStart#exec
     */
    readonly exec?: RolloutSpecTemplateSpecContainersLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStart#sleep
     */
    readonly sleep?: RolloutSpecTemplateSpecContainersLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePostStart(obj: RolloutSpecTemplateSpecContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStop
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStop#exec
     */
    readonly exec?: RolloutSpecTemplateSpecContainersLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStop#sleep
     */
    readonly sleep?: RolloutSpecTemplateSpecContainersLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePreStop(obj: RolloutSpecTemplateSpecContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecContainersLivenessProbeExec
 */
export interface RolloutSpecTemplateSpecContainersLivenessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLivenessProbeExec(obj: RolloutSpecTemplateSpecContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema RolloutSpecTemplateSpecContainersLivenessProbeGrpc
 */
export interface RolloutSpecTemplateSpecContainersLivenessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLivenessProbeGrpc(obj: RolloutSpecTemplateSpecContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGet
 */
export interface RolloutSpecTemplateSpecContainersLivenessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecContainersLivenessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLivenessProbeHttpGet(obj: RolloutSpecTemplateSpecContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket(obj: RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecContainersReadinessProbeExec
 */
export interface RolloutSpecTemplateSpecContainersReadinessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersReadinessProbeExec(obj: RolloutSpecTemplateSpecContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema RolloutSpecTemplateSpecContainersReadinessProbeGrpc
 */
export interface RolloutSpecTemplateSpecContainersReadinessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersReadinessProbeGrpc(obj: RolloutSpecTemplateSpecContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGet
 */
export interface RolloutSpecTemplateSpecContainersReadinessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersReadinessProbeHttpGet(obj: RolloutSpecTemplateSpecContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket(obj: RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema RolloutSpecTemplateSpecContainersResourcesClaims
 */
export interface RolloutSpecTemplateSpecContainersResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema RolloutSpecTemplateSpecContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema RolloutSpecTemplateSpecContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersResourcesClaims(obj: RolloutSpecTemplateSpecContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * Represents the exit codes to check on container exits.
 *
 * @schema RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes
 */
export interface RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes {
    /**
     * Represents the relationship between the container exit code(s) and the
     * specified values. Possible values are:
     * - In: the requirement is satisfied if the container exit code is in the
     * set of specified values.
     * - NotIn: the requirement is satisfied if the container exit code is
     * not in the set of specified values.
     *
     * @schema RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * Specifies the set of values to check for container exit codes.
     * At most 255 elements are allowed.
     *
     * @schema RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes(obj: RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile
 */
export interface RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile(obj: RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema RolloutSpecTemplateSpecContainersSecurityContextCapabilities
 */
export interface RolloutSpecTemplateSpecContainersSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersSecurityContextCapabilities(obj: RolloutSpecTemplateSpecContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions
 */
export interface RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions(obj: RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile
 */
export interface RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile(obj: RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions
 */
export interface RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions(obj: RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecContainersStartupProbeExec
 */
export interface RolloutSpecTemplateSpecContainersStartupProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersStartupProbeExec(obj: RolloutSpecTemplateSpecContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema RolloutSpecTemplateSpecContainersStartupProbeGrpc
 */
export interface RolloutSpecTemplateSpecContainersStartupProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersStartupProbeGrpc(obj: RolloutSpecTemplateSpecContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGet
 */
export interface RolloutSpecTemplateSpecContainersStartupProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersStartupProbeHttpGet(obj: RolloutSpecTemplateSpecContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema RolloutSpecTemplateSpecContainersStartupProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecContainersStartupProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersStartupProbeTcpSocket(obj: RolloutSpecTemplateSpecContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef;
    /**
     * FileKeyRef selects a key of the env file.
     * Requires the EnvFiles feature gate to be enabled.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom(obj: RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * The ConfigMap to select from
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap must be defined
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef(obj: RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * The Secret to select from
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret must be defined
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef(obj: RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart#exec
     */
    readonly exec?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart#sleep
     */
    readonly sleep?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop#exec
     */
    readonly exec?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop#sleep
     */
    readonly sleep?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec(obj: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc(obj: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet(obj: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket(obj: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec
 */
export interface RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec(obj: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc
 */
export interface RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc(obj: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet
 */
export interface RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet(obj: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket(obj: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersResourcesClaims
 */
export interface RolloutSpecTemplateSpecEphemeralContainersResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersResourcesClaims(obj: RolloutSpecTemplateSpecEphemeralContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * Represents the exit codes to check on container exits.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes
 */
export interface RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes {
    /**
     * Represents the relationship between the container exit code(s) and the
     * specified values. Possible values are:
     * - In: the requirement is satisfied if the container exit code is in the
     * set of specified values.
     * - NotIn: the requirement is satisfied if the container exit code is
     * not in the set of specified values.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * Specifies the set of values to check for container exit codes.
     * At most 255 elements are allowed.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes(obj: RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile
 */
export interface RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile(obj: RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities
 */
export interface RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities(obj: RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions
 */
export interface RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions(obj: RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile
 */
export interface RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile(obj: RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions
 */
export interface RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions(obj: RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec
 */
export interface RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec(obj: RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc
 */
export interface RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc(obj: RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet
 */
export interface RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet(obj: RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket(obj: RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema RolloutSpecTemplateSpecInitContainersEnvValueFrom
 */
export interface RolloutSpecTemplateSpecInitContainersEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef;
    /**
     * FileKeyRef selects a key of the env file.
     * Requires the EnvFiles feature gate to be enabled.
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvValueFrom(obj: RolloutSpecTemplateSpecInitContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * The ConfigMap to select from
 *
 * @schema RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef
 */
export interface RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap must be defined
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef(obj: RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * The Secret to select from
 *
 * @schema RolloutSpecTemplateSpecInitContainersEnvFromSecretRef
 */
export interface RolloutSpecTemplateSpecInitContainersEnvFromSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret must be defined
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvFromSecretRef(obj: RolloutSpecTemplateSpecInitContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStart
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStart#exec
     */
    readonly exec?: RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStart#sleep
     */
    readonly sleep?: RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePostStart(obj: RolloutSpecTemplateSpecInitContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStop
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStop#exec
     */
    readonly exec?: RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStop#sleep
     */
    readonly sleep?: RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePreStop(obj: RolloutSpecTemplateSpecInitContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeExec
 */
export interface RolloutSpecTemplateSpecInitContainersLivenessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLivenessProbeExec(obj: RolloutSpecTemplateSpecInitContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc
 */
export interface RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc(obj: RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet
 */
export interface RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet(obj: RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket(obj: RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeExec
 */
export interface RolloutSpecTemplateSpecInitContainersReadinessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersReadinessProbeExec(obj: RolloutSpecTemplateSpecInitContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc
 */
export interface RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc(obj: RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet
 */
export interface RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet(obj: RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket(obj: RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema RolloutSpecTemplateSpecInitContainersResourcesClaims
 */
export interface RolloutSpecTemplateSpecInitContainersResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema RolloutSpecTemplateSpecInitContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema RolloutSpecTemplateSpecInitContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersResourcesClaims(obj: RolloutSpecTemplateSpecInitContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * Represents the exit codes to check on container exits.
 *
 * @schema RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes
 */
export interface RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes {
    /**
     * Represents the relationship between the container exit code(s) and the
     * specified values. Possible values are:
     * - In: the requirement is satisfied if the container exit code is in the
     * set of specified values.
     * - NotIn: the requirement is satisfied if the container exit code is
     * not in the set of specified values.
     *
     * @schema RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * Specifies the set of values to check for container exit codes.
     * At most 255 elements are allowed.
     *
     * @schema RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes(obj: RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile
 */
export interface RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile(obj: RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities
 */
export interface RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities(obj: RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions
 */
export interface RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions(obj: RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile
 */
export interface RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile(obj: RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions
 */
export interface RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions(obj: RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbeExec
 */
export interface RolloutSpecTemplateSpecInitContainersStartupProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersStartupProbeExec(obj: RolloutSpecTemplateSpecInitContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbeGrpc
 */
export interface RolloutSpecTemplateSpecInitContainersStartupProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersStartupProbeGrpc(obj: RolloutSpecTemplateSpecInitContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet
 */
export interface RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet(obj: RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket(obj: RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * FieldRef
 *
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef {
    /**
     * Required: Path of the field to select in the specified API version
     *
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * FieldRef
 *
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef {
    /**
     * Required: Path of the field to select in the specified API version
     *
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * FieldRef
 *
 * @schema RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef
 */
export interface RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef {
    /**
     * Required: Path of the field to select in the specified API version
     *
     * @schema RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef(obj: RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * ValueFrom A reference to where the value is stored. This field is a one of field with valueFrom
 *
 * @schema RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom
 */
export interface RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom {
    /**
     * FieldRef
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef;
    /**
     * PodTemplateHashValue gets the value from one of the children ReplicaSet's Pod Template Hash
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom#podTemplateHashValue
     */
    readonly podTemplateHashValue?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom(obj: RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom | undefined): Record<string, any> | undefined;
/**
 * AnalysisRunArgument argument to add to analysisRun
 *
 * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs
 */
export interface RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs {
    /**
     * Name argument name
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs#name
     */
    readonly name: string;
    /**
     * Value a hardcoded value for the argument. This field is a one of field with valueFrom
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs#value
     */
    readonly value?: string;
    /**
     * ValueFrom A reference to where the value is stored. This field is a one of field with valueFrom
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs#valueFrom
     */
    readonly valueFrom?: RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs(obj: RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs | undefined): Record<string, any> | undefined;
/**
 * Metadata sets labels and annotations to use for the RS created from the template
 *
 * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata
 */
export interface RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata {
    /**
     * Annotations additional annotations to add to the experiment
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels Additional labels to add to the experiment
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata(obj: RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata | undefined): Record<string, any> | undefined;
/**
 * Selector overrides the selector to be used for the template's ReplicaSet. If omitted, will
 * use the same selector as the Rollout
 *
 * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector
 */
export interface RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector(obj: RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector | undefined): Record<string, any> | undefined;
/**
 * Service controls the optionally generated service
 *
 * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesService
 */
export interface RolloutSpecStrategyCanaryStepsExperimentTemplatesService {
    /**
     * Name of the service generated by the experiment
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesService#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentTemplatesService' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentTemplatesService(obj: RolloutSpecStrategyCanaryStepsExperimentTemplatesService | undefined): Record<string, any> | undefined;
/**
 * HeaderValue the value of the header
 *
 * @schema RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue
 */
export interface RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue {
    /**
     * Exact The string must match exactly
     *
     * @schema RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue#exact
     */
    readonly exact?: string;
    /**
     * Prefix The string will be prefixed matched
     *
     * @schema RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue#prefix
     */
    readonly prefix?: string;
    /**
     * Regex The string will be regular expression matched
     *
     * @schema RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue(obj: RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue | undefined): Record<string, any> | undefined;
/**
 * StringMatch Used to define what type of matching we will use exact, prefix, or regular expression
 *
 * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders
 */
export interface RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders {
    /**
     * Exact The string must match exactly
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders#exact
     */
    readonly exact?: string;
    /**
     * Prefix The string will be prefixed matched
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders#prefix
     */
    readonly prefix?: string;
    /**
     * Regex The string will be regular expression matched
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders(obj: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders | undefined): Record<string, any> | undefined;
/**
 * Method What http methods should be mirrored
 *
 * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod
 */
export interface RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod {
    /**
     * Exact The string must match exactly
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod#exact
     */
    readonly exact?: string;
    /**
     * Prefix The string will be prefixed matched
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod#prefix
     */
    readonly prefix?: string;
    /**
     * Regex The string will be regular expression matched
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod(obj: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod | undefined): Record<string, any> | undefined;
/**
 * Path What url paths should be mirrored
 *
 * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath
 */
export interface RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath {
    /**
     * Exact The string must match exactly
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath#exact
     */
    readonly exact?: string;
    /**
     * Prefix The string will be prefixed matched
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath#prefix
     */
    readonly prefix?: string;
    /**
     * Regex The string will be regular expression matched
     *
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath(obj: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath | undefined): Record<string, any> | undefined;
/**
 * CanaryVirtualNodeRef is the virtual node ref to modify labels with canary ReplicaSet pod template hash value
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef {
    /**
     * Name is the name of VirtualNode CR
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef(obj: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef | undefined): Record<string, any> | undefined;
/**
 * StableVirtualNodeRef is the virtual node name to modify labels with stable ReplicaSet pod template hash value
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef {
    /**
     * Name is the name of VirtualNode CR
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef(obj: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef | undefined): Record<string, any> | undefined;
/**
 * TCPRoute holds the information on the virtual service's TCP routes that are desired to be matched for changing weights.
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes {
    /**
     * Port number of the TCP Route desired to be matched in the given Istio VirtualService.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes(obj: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes | undefined): Record<string, any> | undefined;
/**
 * TLSRoute holds the information on the virtual service's TLS/HTTPS routes that are desired to be matched for changing weights.
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes {
    /**
     * Port number of the TLS Route desired to be matched in the given Istio VirtualService.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes#port
     */
    readonly port?: number;
    /**
     * A list of all the SNI Hosts of the TLS Route desired to be matched in the given Istio VirtualService.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes#sniHosts
     */
    readonly sniHosts?: string[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes(obj: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes | undefined): Record<string, any> | undefined;
/**
 * TCPRoute holds the information on the virtual service's TCP routes that are desired to be matched for changing weights.
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes {
    /**
     * Port number of the TCP Route desired to be matched in the given Istio VirtualService.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes(obj: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes | undefined): Record<string, any> | undefined;
/**
 * TLSRoute holds the information on the virtual service's TLS/HTTPS routes that are desired to be matched for changing weights.
 *
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes {
    /**
     * Port number of the TLS Route desired to be matched in the given Istio VirtualService.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes#port
     */
    readonly port?: number;
    /**
     * A list of all the SNI Hosts of the TLS Route desired to be matched in the given Istio VirtualService.
     *
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes#sniHosts
     */
    readonly sniHosts?: string[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes(obj: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes | undefined): Record<string, any> | undefined;
/**
 * A node selector term, associated with the corresponding weight.
 *
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * A null or empty node selector term matches no objects. The requirements of
 * them are ANDed.
 * The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a ConfigMap.
 *
 * @schema RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef
 */
export interface RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef(obj: RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema RolloutSpecTemplateSpecContainersEnvValueFromFieldRef
 */
export interface RolloutSpecTemplateSpecContainersEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvValueFromFieldRef(obj: RolloutSpecTemplateSpecContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * FileKeyRef selects a key of the env file.
 * Requires the EnvFiles feature gate to be enabled.
 *
 * @schema RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef
 */
export interface RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef {
    /**
     * The key within the env file. An invalid key will prevent the pod from starting.
     * The keys defined within a source may consist of any printable ASCII characters except '='.
     * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * Specify whether the file or its key must be defined. If the file or key
     * does not exist, then the env var is not published.
     * If optional is set to true and the specified key does not exist,
     * the environment variable will not be set in the Pod's containers.
     *
     * If optional is set to false and the specified key does not exist,
     * an error will be returned during Pod creation.
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * The path within the volume from which to select the file.
     * Must be relative and may not contain the '..' path or start with '..'.
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * The name of the volume mount containing the env file.
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef(obj: RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef
 */
export interface RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef(obj: RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef
 */
export interface RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef(obj: RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartExec
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePostStartExec(obj: RolloutSpecTemplateSpecContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet(obj: RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartSleep
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePostStartSleep(obj: RolloutSpecTemplateSpecContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket(obj: RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopExec
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePreStopExec(obj: RolloutSpecTemplateSpecContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet(obj: RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopSleep
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePreStopSleep(obj: RolloutSpecTemplateSpecContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket(obj: RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersLivenessProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecContainersLivenessProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecContainersReadinessProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * Selects a key of a ConfigMap.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef(obj: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef(obj: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * FileKeyRef selects a key of the env file.
 * Requires the EnvFiles feature gate to be enabled.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef {
    /**
     * The key within the env file. An invalid key will prevent the pod from starting.
     * The keys defined within a source may consist of any printable ASCII characters except '='.
     * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * Specify whether the file or its key must be defined. If the file or key
     * does not exist, then the env var is not published.
     * If optional is set to true and the specified key does not exist,
     * the environment variable will not be set in the Pod's containers.
     *
     * If optional is set to false and the specified key does not exist,
     * an error will be returned during Pod creation.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * The path within the volume from which to select the file.
     * Must be relative and may not contain the '..' path or start with '..'.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * The name of the volume mount containing the env file.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef(obj: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef(obj: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef(obj: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * Selects a key of a ConfigMap.
 *
 * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef
 */
export interface RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef(obj: RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef
 */
export interface RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef(obj: RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * FileKeyRef selects a key of the env file.
 * Requires the EnvFiles feature gate to be enabled.
 *
 * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef
 */
export interface RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef {
    /**
     * The key within the env file. An invalid key will prevent the pod from starting.
     * The keys defined within a source may consist of any printable ASCII characters except '='.
     * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * Specify whether the file or its key must be defined. If the file or key
     * does not exist, then the env var is not published.
     * If optional is set to true and the specified key does not exist,
     * the environment variable will not be set in the Pod's containers.
     *
     * If optional is set to false and the specified key does not exist,
     * an error will be returned during Pod creation.
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * The path within the volume from which to select the file.
     * Must be relative and may not contain the '..' path or start with '..'.
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * The name of the volume mount containing the env file.
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef(obj: RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef
 */
export interface RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef(obj: RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef
 */
export interface RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef(obj: RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec(obj: RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet(obj: RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep(obj: RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket(obj: RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec(obj: RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet(obj: RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep(obj: RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket(obj: RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * FieldRef
 *
 * @schema RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef
 */
export interface RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef {
    /**
     * Required: Path of the field to select in the specified API version
     *
     * @schema RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef(obj: RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * ValueFrom A reference to where the value is stored. This field is a one of field with valueFrom
 *
 * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom
 */
export interface RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom {
    /**
     * FieldRef
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef;
    /**
     * PodTemplateHashValue gets the value from one of the children ReplicaSet's Pod Template Hash
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom#podTemplateHashValue
     */
    readonly podTemplateHashValue?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom(obj: RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions
 */
export interface RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions(obj: RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort
 */
export declare class RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetPort
 */
export declare class RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort
 */
export declare class RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort
 */
export declare class RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * FieldRef
 *
 * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef
 */
export interface RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef {
    /**
     * Required: Path of the field to select in the specified API version
     *
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef(obj: RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
