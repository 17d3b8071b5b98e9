import * as pulumi from '@pulumi/pulumi';

/**
 * Stands in for `pulumi.Input` values while a cdk8s construct renders, and puts them back into the
 * rendered objects afterwards. Plain values are used as they are (so they are validated at
 * synthesis like any cdk8s prop); Outputs and Promises get a placeholder that passes the
 * construct's checks, are checked by `validate` once known, and are substituted wherever the
 * placeholder appears, inside the typed child's args (nested Inputs resolve with the resource).
 */
export class InputPlaceholders {
  /** Values of other components (e.g. an SNS topic ARN) shaped to pass validation, shared by every front door. */
  private static readonly deferred = new Map<string, pulumi.Output<string>>();

  /**
   * Registers `value` behind `placeholder`, a plain string of the shape the constructs validate
   * (e.g. an ARN), so it can sit in props typed `string`; every front door substitutes it.
   */
  public static defer(placeholder: string, value: pulumi.Input<string>): string {
    InputPlaceholders.deferred.set(placeholder, pulumi.output(value));
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
    if (this.inputs.size === 0 && InputPlaceholders.deferred.size === 0) {
      return value;
    }
    if (typeof value === 'string') {
      return this.substituteString(value);
    }
    if (Array.isArray(value)) {
      return value.map(this.substitute);
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.substitute(v)]));
    }
    return value;
  };

  private substituteString(text: string): pulumi.Input<string> {
    const found = [...this.inputs.keys(), ...InputPlaceholders.deferred.keys()].filter((p) => text.includes(p));
    if (found.length === 0) {
      return text;
    }
    const input = (placeholder: string) => this.inputs.get(placeholder) ?? InputPlaceholders.deferred.get(placeholder)!;
    if (found.length === 1 && text === found[0]) {
      return input(text);
    }
    return pulumi.all(found.map(input)).apply((values) => found.reduce((acc, p, i) => acc.split(p).join(values[i]), text));
  }
}
