import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Schedule is a Velero resource that represents a pre-scheduled or
periodic Backup that should be run.
 *
 * @schema Schedule
 */
export declare class Schedule extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Schedule"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Schedule".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ScheduleProps): any;
    /**
     * Defines a "Schedule" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ScheduleProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Schedule is a Velero resource that represents a pre-scheduled or
 * periodic Backup that should be run.
 *
 * @schema Schedule
 */
export interface ScheduleProps {
    /**
     * @schema Schedule#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ScheduleSpec defines the specification for a Velero schedule
     *
     * @schema Schedule#spec
     */
    readonly spec?: ScheduleSpec;
}
/**
 * Converts an object of type 'ScheduleProps' to JSON representation.
 */
export declare function toJson_ScheduleProps(obj: ScheduleProps | undefined): Record<string, any> | undefined;
/**
 * ScheduleSpec defines the specification for a Velero schedule
 *
 * @schema ScheduleSpec
 */
export interface ScheduleSpec {
    /**
     * Paused specifies whether the schedule is paused or not
     *
     * @schema ScheduleSpec#paused
     */
    readonly paused?: boolean;
    /**
     * Schedule is a Cron expression defining when to run
     * the Backup.
     *
     * @schema ScheduleSpec#schedule
     */
    readonly schedule: string;
    /**
     * SkipImmediately specifies whether to skip backup if schedule is due immediately from `schedule.status.lastBackup` timestamp when schedule is unpaused or if schedule is new.
     * If true, backup will be skipped immediately when schedule is unpaused if it is due based on .Status.LastBackupTimestamp or schedule is new, and will run at next schedule time.
     * If false, backup will not be skipped immediately when schedule is unpaused, but will run at next schedule time.
     * If empty, will follow server configuration (default: false).
     *
     * @schema ScheduleSpec#skipImmediately
     */
    readonly skipImmediately?: boolean;
    /**
     * Template is the definition of the Backup to be run
     * on the provided schedule
     *
     * @schema ScheduleSpec#template
     */
    readonly template: ScheduleSpecTemplate;
    /**
     * UseOwnerReferencesBackup specifies whether to use
     * OwnerReferences on backups created by this Schedule.
     *
     * @schema ScheduleSpec#useOwnerReferencesInBackup
     */
    readonly useOwnerReferencesInBackup?: boolean;
}
/**
 * Converts an object of type 'ScheduleSpec' to JSON representation.
 */
export declare function toJson_ScheduleSpec(obj: ScheduleSpec | undefined): Record<string, any> | undefined;
/**
 * Template is the definition of the Backup to be run
 * on the provided schedule
 *
 * @schema ScheduleSpecTemplate
 */
export interface ScheduleSpecTemplate {
    /**
     * CSISnapshotTimeout specifies the time used to wait for CSI VolumeSnapshot status turns to
     * ReadyToUse during creation, before returning error as timeout.
     * The default value is 10 minute.
     *
     * @schema ScheduleSpecTemplate#csiSnapshotTimeout
     */
    readonly csiSnapshotTimeout?: string;
    /**
     * DataMover specifies the data mover to be used by the backup.
     * If DataMover is "" or "velero", the built-in data mover will be used.
     *
     * @schema ScheduleSpecTemplate#datamover
     */
    readonly datamover?: string;
    /**
     * DefaultVolumesToFsBackup specifies whether pod volume file system backup should be used
     * for all volumes by default.
     *
     * @schema ScheduleSpecTemplate#defaultVolumesToFsBackup
     */
    readonly defaultVolumesToFsBackup?: boolean;
    /**
     * DefaultVolumesToRestic specifies whether restic should be used to take a
     * backup of all pod volumes by default.
     *
     * Deprecated: this field is no longer used and will be removed entirely in future. Use DefaultVolumesToFsBackup instead.
     *
     * @schema ScheduleSpecTemplate#defaultVolumesToRestic
     */
    readonly defaultVolumesToRestic?: boolean;
    /**
     * ExcludedClusterScopedResources is a slice of cluster-scoped
     * resource type names to exclude from the backup.
     * If set to "*", all cluster-scoped resource types are excluded.
     * The default value is empty.
     *
     * @schema ScheduleSpecTemplate#excludedClusterScopedResources
     */
    readonly excludedClusterScopedResources?: string[];
    /**
     * ExcludedNamespaceScopedResources is a slice of namespace-scoped
     * resource type names to exclude from the backup.
     * If set to "*", all namespace-scoped resource types are excluded.
     * The default value is empty.
     *
     * @schema ScheduleSpecTemplate#excludedNamespaceScopedResources
     */
    readonly excludedNamespaceScopedResources?: string[];
    /**
     * ExcludedNamespaces contains a list of namespaces that are not
     * included in the backup.
     *
     * @schema ScheduleSpecTemplate#excludedNamespaces
     */
    readonly excludedNamespaces?: string[];
    /**
     * ExcludedResources is a slice of resource names that are not
     * included in the backup.
     *
     * @schema ScheduleSpecTemplate#excludedResources
     */
    readonly excludedResources?: string[];
    /**
     * Hooks represent custom behaviors that should be executed at different phases of the backup.
     *
     * @schema ScheduleSpecTemplate#hooks
     */
    readonly hooks?: ScheduleSpecTemplateHooks;
    /**
     * IncludeClusterResources specifies whether cluster-scoped resources
     * should be included for consideration in the backup.
     *
     * @schema ScheduleSpecTemplate#includeClusterResources
     */
    readonly includeClusterResources?: boolean;
    /**
     * IncludedClusterScopedResources is a slice of cluster-scoped
     * resource type names to include in the backup.
     * If set to "*", all cluster-scoped resource types are included.
     * The default value is empty, which means only related
     * cluster-scoped resources are included.
     *
     * @schema ScheduleSpecTemplate#includedClusterScopedResources
     */
    readonly includedClusterScopedResources?: string[];
    /**
     * IncludedNamespaceScopedResources is a slice of namespace-scoped
     * resource type names to include in the backup.
     * The default value is "*".
     *
     * @schema ScheduleSpecTemplate#includedNamespaceScopedResources
     */
    readonly includedNamespaceScopedResources?: string[];
    /**
     * IncludedNamespaces is a slice of namespace names to include objects
     * from. If empty, all namespaces are included.
     *
     * @schema ScheduleSpecTemplate#includedNamespaces
     */
    readonly includedNamespaces?: string[];
    /**
     * IncludedResources is a slice of resource names to include
     * in the backup. If empty, all resources are included.
     *
     * @schema ScheduleSpecTemplate#includedResources
     */
    readonly includedResources?: string[];
    /**
     * ItemOperationTimeout specifies the time used to wait for asynchronous BackupItemAction operations
     * The default value is 4 hour.
     *
     * @schema ScheduleSpecTemplate#itemOperationTimeout
     */
    readonly itemOperationTimeout?: string;
    /**
     * LabelSelector is a metav1.LabelSelector to filter with
     * when adding individual objects to the backup. If empty
     * or nil, all objects are included. Optional.
     *
     * @schema ScheduleSpecTemplate#labelSelector
     */
    readonly labelSelector?: ScheduleSpecTemplateLabelSelector;
    /**
     * @schema ScheduleSpecTemplate#metadata
     */
    readonly metadata?: ScheduleSpecTemplateMetadata;
    /**
     * OrLabelSelectors is list of metav1.LabelSelector to filter with
     * when adding individual objects to the backup. If multiple provided
     * they will be joined by the OR operator. LabelSelector as well as
     * OrLabelSelectors cannot co-exist in backup request, only one of them
     * can be used.
     *
     * @schema ScheduleSpecTemplate#orLabelSelectors
     */
    readonly orLabelSelectors?: ScheduleSpecTemplateOrLabelSelectors[];
    /**
     * OrderedResources specifies the backup order of resources of specific Kind.
     * The map key is the resource name and value is a list of object names separated by commas.
     * Each resource name has format "namespace/objectname".  For cluster resources, simply use "objectname".
     *
     * @schema ScheduleSpecTemplate#orderedResources
     */
    readonly orderedResources?: {
        [key: string]: string;
    };
    /**
     * ResourcePolicy specifies the referenced resource policies that backup should follow
     *
     * @schema ScheduleSpecTemplate#resourcePolicy
     */
    readonly resourcePolicy?: ScheduleSpecTemplateResourcePolicy;
    /**
     * SnapshotMoveData specifies whether snapshot data should be moved
     *
     * @schema ScheduleSpecTemplate#snapshotMoveData
     */
    readonly snapshotMoveData?: boolean;
    /**
     * SnapshotVolumes specifies whether to take snapshots
     * of any PV's referenced in the set of objects included
     * in the Backup.
     *
     * @schema ScheduleSpecTemplate#snapshotVolumes
     */
    readonly snapshotVolumes?: boolean;
    /**
     * StorageLocation is a string containing the name of a BackupStorageLocation where the backup should be stored.
     *
     * @schema ScheduleSpecTemplate#storageLocation
     */
    readonly storageLocation?: string;
    /**
     * TTL is a time.Duration-parseable string describing how long
     * the Backup should be retained for.
     *
     * @schema ScheduleSpecTemplate#ttl
     */
    readonly ttl?: string;
    /**
     * UploaderConfig specifies the configuration for the uploader.
     *
     * @schema ScheduleSpecTemplate#uploaderConfig
     */
    readonly uploaderConfig?: ScheduleSpecTemplateUploaderConfig;
    /**
     * VolumeGroupSnapshotLabelKey specifies the label key to group PVCs under a VGS.
     *
     * @schema ScheduleSpecTemplate#volumeGroupSnapshotLabelKey
     */
    readonly volumeGroupSnapshotLabelKey?: string;
    /**
     * VolumeSnapshotLocations is a list containing names of VolumeSnapshotLocations associated with this backup.
     *
     * @schema ScheduleSpecTemplate#volumeSnapshotLocations
     */
    readonly volumeSnapshotLocations?: string[];
}
/**
 * Converts an object of type 'ScheduleSpecTemplate' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplate(obj: ScheduleSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * Hooks represent custom behaviors that should be executed at different phases of the backup.
 *
 * @schema ScheduleSpecTemplateHooks
 */
export interface ScheduleSpecTemplateHooks {
    /**
     * Resources are hooks that should be executed when backing up individual instances of a resource.
     *
     * @schema ScheduleSpecTemplateHooks#resources
     */
    readonly resources?: ScheduleSpecTemplateHooksResources[];
}
/**
 * Converts an object of type 'ScheduleSpecTemplateHooks' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateHooks(obj: ScheduleSpecTemplateHooks | undefined): Record<string, any> | undefined;
/**
 * LabelSelector is a metav1.LabelSelector to filter with
 * when adding individual objects to the backup. If empty
 * or nil, all objects are included. Optional.
 *
 * @schema ScheduleSpecTemplateLabelSelector
 */
export interface ScheduleSpecTemplateLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ScheduleSpecTemplateLabelSelector#matchExpressions
     */
    readonly matchExpressions?: ScheduleSpecTemplateLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ScheduleSpecTemplateLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ScheduleSpecTemplateLabelSelector' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateLabelSelector(obj: ScheduleSpecTemplateLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema ScheduleSpecTemplateMetadata
 */
export interface ScheduleSpecTemplateMetadata {
    /**
     * @schema ScheduleSpecTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ScheduleSpecTemplateMetadata' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateMetadata(obj: ScheduleSpecTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * A label selector is a label query over a set of resources. The result of matchLabels and
 * matchExpressions are ANDed. An empty label selector matches all objects. A null
 * label selector matches no objects.
 *
 * @schema ScheduleSpecTemplateOrLabelSelectors
 */
export interface ScheduleSpecTemplateOrLabelSelectors {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ScheduleSpecTemplateOrLabelSelectors#matchExpressions
     */
    readonly matchExpressions?: ScheduleSpecTemplateOrLabelSelectorsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ScheduleSpecTemplateOrLabelSelectors#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ScheduleSpecTemplateOrLabelSelectors' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateOrLabelSelectors(obj: ScheduleSpecTemplateOrLabelSelectors | undefined): Record<string, any> | undefined;
/**
 * ResourcePolicy specifies the referenced resource policies that backup should follow
 *
 * @schema ScheduleSpecTemplateResourcePolicy
 */
export interface ScheduleSpecTemplateResourcePolicy {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema ScheduleSpecTemplateResourcePolicy#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema ScheduleSpecTemplateResourcePolicy#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema ScheduleSpecTemplateResourcePolicy#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ScheduleSpecTemplateResourcePolicy' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateResourcePolicy(obj: ScheduleSpecTemplateResourcePolicy | undefined): Record<string, any> | undefined;
/**
 * UploaderConfig specifies the configuration for the uploader.
 *
 * @schema ScheduleSpecTemplateUploaderConfig
 */
export interface ScheduleSpecTemplateUploaderConfig {
    /**
     * ParallelFilesUpload is the number of files parallel uploads to perform when using the uploader.
     *
     * @schema ScheduleSpecTemplateUploaderConfig#parallelFilesUpload
     */
    readonly parallelFilesUpload?: number;
}
/**
 * Converts an object of type 'ScheduleSpecTemplateUploaderConfig' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateUploaderConfig(obj: ScheduleSpecTemplateUploaderConfig | undefined): Record<string, any> | undefined;
/**
 * BackupResourceHookSpec defines one or more BackupResourceHooks that should be executed based on
 * the rules defined for namespaces, resources, and label selector.
 *
 * @schema ScheduleSpecTemplateHooksResources
 */
export interface ScheduleSpecTemplateHooksResources {
    /**
     * ExcludedNamespaces specifies the namespaces to which this hook spec does not apply.
     *
     * @schema ScheduleSpecTemplateHooksResources#excludedNamespaces
     */
    readonly excludedNamespaces?: string[];
    /**
     * ExcludedResources specifies the resources to which this hook spec does not apply.
     *
     * @schema ScheduleSpecTemplateHooksResources#excludedResources
     */
    readonly excludedResources?: string[];
    /**
     * IncludedNamespaces specifies the namespaces to which this hook spec applies. If empty, it applies
     * to all namespaces.
     *
     * @schema ScheduleSpecTemplateHooksResources#includedNamespaces
     */
    readonly includedNamespaces?: string[];
    /**
     * IncludedResources specifies the resources to which this hook spec applies. If empty, it applies
     * to all resources.
     *
     * @schema ScheduleSpecTemplateHooksResources#includedResources
     */
    readonly includedResources?: string[];
    /**
     * LabelSelector, if specified, filters the resources to which this hook spec applies.
     *
     * @schema ScheduleSpecTemplateHooksResources#labelSelector
     */
    readonly labelSelector?: ScheduleSpecTemplateHooksResourcesLabelSelector;
    /**
     * Name is the name of this hook.
     *
     * @schema ScheduleSpecTemplateHooksResources#name
     */
    readonly name: string;
    /**
     * PostHooks is a list of BackupResourceHooks to execute after storing the item in the backup.
     * These are executed after all "additional items" from item actions are processed.
     *
     * @schema ScheduleSpecTemplateHooksResources#post
     */
    readonly post?: ScheduleSpecTemplateHooksResourcesPost[];
    /**
     * PreHooks is a list of BackupResourceHooks to execute prior to storing the item in the backup.
     * These are executed before any "additional items" from item actions are processed.
     *
     * @schema ScheduleSpecTemplateHooksResources#pre
     */
    readonly pre?: ScheduleSpecTemplateHooksResourcesPre[];
}
/**
 * Converts an object of type 'ScheduleSpecTemplateHooksResources' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateHooksResources(obj: ScheduleSpecTemplateHooksResources | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ScheduleSpecTemplateLabelSelectorMatchExpressions
 */
export interface ScheduleSpecTemplateLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ScheduleSpecTemplateLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ScheduleSpecTemplateLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ScheduleSpecTemplateLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ScheduleSpecTemplateLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateLabelSelectorMatchExpressions(obj: ScheduleSpecTemplateLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ScheduleSpecTemplateOrLabelSelectorsMatchExpressions
 */
export interface ScheduleSpecTemplateOrLabelSelectorsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ScheduleSpecTemplateOrLabelSelectorsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ScheduleSpecTemplateOrLabelSelectorsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ScheduleSpecTemplateOrLabelSelectorsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ScheduleSpecTemplateOrLabelSelectorsMatchExpressions' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateOrLabelSelectorsMatchExpressions(obj: ScheduleSpecTemplateOrLabelSelectorsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * LabelSelector, if specified, filters the resources to which this hook spec applies.
 *
 * @schema ScheduleSpecTemplateHooksResourcesLabelSelector
 */
export interface ScheduleSpecTemplateHooksResourcesLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ScheduleSpecTemplateHooksResourcesLabelSelector#matchExpressions
     */
    readonly matchExpressions?: ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ScheduleSpecTemplateHooksResourcesLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ScheduleSpecTemplateHooksResourcesLabelSelector' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateHooksResourcesLabelSelector(obj: ScheduleSpecTemplateHooksResourcesLabelSelector | undefined): Record<string, any> | undefined;
/**
 * BackupResourceHook defines a hook for a resource.
 *
 * @schema ScheduleSpecTemplateHooksResourcesPost
 */
export interface ScheduleSpecTemplateHooksResourcesPost {
    /**
     * Exec defines an exec hook.
     *
     * @schema ScheduleSpecTemplateHooksResourcesPost#exec
     */
    readonly exec: ScheduleSpecTemplateHooksResourcesPostExec;
}
/**
 * Converts an object of type 'ScheduleSpecTemplateHooksResourcesPost' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateHooksResourcesPost(obj: ScheduleSpecTemplateHooksResourcesPost | undefined): Record<string, any> | undefined;
/**
 * BackupResourceHook defines a hook for a resource.
 *
 * @schema ScheduleSpecTemplateHooksResourcesPre
 */
export interface ScheduleSpecTemplateHooksResourcesPre {
    /**
     * Exec defines an exec hook.
     *
     * @schema ScheduleSpecTemplateHooksResourcesPre#exec
     */
    readonly exec: ScheduleSpecTemplateHooksResourcesPreExec;
}
/**
 * Converts an object of type 'ScheduleSpecTemplateHooksResourcesPre' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateHooksResourcesPre(obj: ScheduleSpecTemplateHooksResourcesPre | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions
 */
export interface ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions(obj: ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Exec defines an exec hook.
 *
 * @schema ScheduleSpecTemplateHooksResourcesPostExec
 */
export interface ScheduleSpecTemplateHooksResourcesPostExec {
    /**
     * Command is the command and arguments to execute.
     *
     * @schema ScheduleSpecTemplateHooksResourcesPostExec#command
     */
    readonly command: string[];
    /**
     * Container is the container in the pod where the command should be executed. If not specified,
     * the pod's first container is used.
     *
     * @schema ScheduleSpecTemplateHooksResourcesPostExec#container
     */
    readonly container?: string;
    /**
     * OnError specifies how Velero should behave if it encounters an error executing this hook.
     *
     * @schema ScheduleSpecTemplateHooksResourcesPostExec#onError
     */
    readonly onError?: ScheduleSpecTemplateHooksResourcesPostExecOnError;
    /**
     * Timeout defines the maximum amount of time Velero should wait for the hook to complete before
     * considering the execution a failure.
     *
     * @schema ScheduleSpecTemplateHooksResourcesPostExec#timeout
     */
    readonly timeout?: string;
}
/**
 * Converts an object of type 'ScheduleSpecTemplateHooksResourcesPostExec' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateHooksResourcesPostExec(obj: ScheduleSpecTemplateHooksResourcesPostExec | undefined): Record<string, any> | undefined;
/**
 * Exec defines an exec hook.
 *
 * @schema ScheduleSpecTemplateHooksResourcesPreExec
 */
export interface ScheduleSpecTemplateHooksResourcesPreExec {
    /**
     * Command is the command and arguments to execute.
     *
     * @schema ScheduleSpecTemplateHooksResourcesPreExec#command
     */
    readonly command: string[];
    /**
     * Container is the container in the pod where the command should be executed. If not specified,
     * the pod's first container is used.
     *
     * @schema ScheduleSpecTemplateHooksResourcesPreExec#container
     */
    readonly container?: string;
    /**
     * OnError specifies how Velero should behave if it encounters an error executing this hook.
     *
     * @schema ScheduleSpecTemplateHooksResourcesPreExec#onError
     */
    readonly onError?: ScheduleSpecTemplateHooksResourcesPreExecOnError;
    /**
     * Timeout defines the maximum amount of time Velero should wait for the hook to complete before
     * considering the execution a failure.
     *
     * @schema ScheduleSpecTemplateHooksResourcesPreExec#timeout
     */
    readonly timeout?: string;
}
/**
 * Converts an object of type 'ScheduleSpecTemplateHooksResourcesPreExec' to JSON representation.
 */
export declare function toJson_ScheduleSpecTemplateHooksResourcesPreExec(obj: ScheduleSpecTemplateHooksResourcesPreExec | undefined): Record<string, any> | undefined;
/**
 * OnError specifies how Velero should behave if it encounters an error executing this hook.
 *
 * @schema ScheduleSpecTemplateHooksResourcesPostExecOnError
 */
export declare enum ScheduleSpecTemplateHooksResourcesPostExecOnError {
    /** Continue */
    CONTINUE = "Continue",
    /** Fail */
    FAIL = "Fail"
}
/**
 * OnError specifies how Velero should behave if it encounters an error executing this hook.
 *
 * @schema ScheduleSpecTemplateHooksResourcesPreExecOnError
 */
export declare enum ScheduleSpecTemplateHooksResourcesPreExecOnError {
    /** Continue */
    CONTINUE = "Continue",
    /** Fail */
    FAIL = "Fail"
}
