/** Container image references: their grammar, and their tag and digest. */

/** The tag and digest of an image reference. */
export interface ImageReference {
  /** The tag (`1.4.2`), if any. */
  readonly tag?: string;
  /** The digest (`sha256:...`), if any. */
  readonly digest?: string;
}

/** Tag and digest of an image reference (`registry:5000/a/b:1.2@sha256:...`). */
export function parseImage(image: string): ImageReference {
  const [name, digest] = image.split('@', 2);
  const last = name.slice(name.lastIndexOf('/') + 1);
  const colon = last.lastIndexOf(':');
  return { tag: colon >= 0 ? last.slice(colon + 1) : undefined, digest };
}

/*
 * The image reference grammar of container runtimes (github.com/distribution/reference
 * regexp.go): `[domain[:port]/]path[:tag][@digest]`, path components lowercase, the name at
 * most 255 characters. Kubelet hands the reference to the runtime unchanged, so anything else
 * is an InvalidImageName pod.
 */
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const IMAGE_NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const IMAGE_REFERENCE = new RegExp(
  `^(${IMAGE_NAME})(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`,
);

/** What is wrong with a container image reference, or `undefined` when it is valid. */
export function imageReferenceProblem(image: unknown): string | undefined {
  if (typeof image !== 'string' || image.length === 0) {
    return 'set image to the image to deploy, e.g. "registry.example.com/team/app:1.2.3"';
  }
  const match = IMAGE_REFERENCE.exec(image);
  if (!match) {
    const lowered = image.replace(
      /^([^/]+\/)?(.*?)((?::[\w][\w.-]*)?(?:@.*)?)$/,
      (_, domain: string | undefined, path: string, rest: string) => `${domain ?? ''}${path.toLowerCase()}${rest}`,
    );
    return lowered !== image && IMAGE_REFERENCE.test(lowered)
      ? `repository paths are lowercase: write "${lowered}" (and push the image under that name)`
      : 'write registry/path:tag or registry/path@sha256:<64 hex digits>, path lowercase, without spaces';
  }
  if (match[1].length > 255) {
    return 'shorten the repository name to at most 255 characters';
  }
  const digest = match[3];
  if (digest?.startsWith('sha256:') && digest.length !== 'sha256:'.length + 64) {
    return 'a sha256 digest has exactly 64 hex digits: copy it from the registry';
  }
  return undefined;
}
