import * as pulumi from '@pulumi/pulumi';

/**
 * Values of other components (e.g. an SNS topic ARN) deferred behind placeholders, per program: the
 * Pulumi Stack resource of the program that is running (each Automation API inline program has its
 * own store and Stack: @pulumi/pulumi runtime/state.js withLocalStorage), or one map for a process
 * without a Stack resource (unit tests under mocks). Two programs in one process never see each
 * other's values, even when they run at once.
 */
const deferredByProgram = new WeakMap<object, Map<string, pulumi.Output<string>>>();
const WITHOUT_STACK = {};

function deferredOfThisProgram(): Map<string, pulumi.Output<string>> {
  const program: object = pulumi.runtime.getStackResource() ?? WITHOUT_STACK;
  let values = deferredByProgram.get(program);
  if (!values) {
    values = new Map();
    deferredByProgram.set(program, values);
  }
  return values;
}

/**
 * Stands in for `pulumi.Input` values while a cdk8s construct renders, and puts them back into the
 * rendered objects afterwards. Plain values are used as they are (so they are validated at
 * synthesis like any cdk8s prop); Outputs and Promises get a placeholder that passes the
 * construct's checks, are checked by `validate` once known, and are substituted wherever the
 * placeholder appears, inside the typed child's args (nested Inputs resolve with the resource).
 */
export class InputPlaceholders {
  /**
   * Registers `value` behind `placeholder`, a plain string of the shape the constructs validate
   * (e.g. an ARN), so it can sit in props typed `string`; every front door of the same program
   * substitutes it.
   */
  public static defer(placeholder: string, value: pulumi.Input<string>): string {
    deferredOfThisProgram().set(placeholder, pulumi.output(value));
    return placeholder;
  }

  private readonly inputs = new Map<string, pulumi.Output<string>>();

  /**
   * A value to render with: `value` itself when plain, else a unique placeholder that also
   * satisfies DNS-label and image-reference checks.
   */
  public hold(field: string, value: pulumi.Input<string>, validate: (plain: string) => string | undefined): string {
    if (typeof value === 'string') {
      return value;
    }
    const placeholder = `pulumi-input-${this.inputs.size}-${field.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
    this.inputs.set(
      placeholder,
      pulumi.output(value).apply((plain) => {
        const problem = validate(plain);
        if (problem) {
          throw new pulumi.RunError(problem);
        }
        return plain;
      }),
    );
    return placeholder;
  }

  /** Deep-copies `value`, replacing placeholders inside strings by their Inputs. */
  public substitute = (value: unknown): unknown => {
    const deferred = deferredOfThisProgram();
    if (this.inputs.size === 0 && deferred.size === 0) {
      return value;
    }
    if (typeof value === 'string') {
      return this.substituteString(value, deferred);
    }
    if (Array.isArray(value)) {
      return value.map(this.substitute);
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.substitute(v)]));
    }
    return value;
  };

  private substituteString(text: string, deferred: ReadonlyMap<string, pulumi.Output<string>>): pulumi.Input<string> {
    const found = [...this.inputs.keys(), ...deferred.keys()].filter((p) => text.includes(p));
    if (found.length === 0) {
      return text;
    }
    const input = (placeholder: string) => this.inputs.get(placeholder) ?? deferred.get(placeholder)!;
    if (found.length === 1 && text === found[0]) {
      return input(text);
    }
    return pulumi.all(found.map(input)).apply((values) => found.reduce((acc, p, i) => acc.split(p).join(values[i]), text));
  }
}
