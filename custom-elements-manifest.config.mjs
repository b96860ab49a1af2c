// `cem analyze` reads this file. Lit's `static properties` with `state: true`
// declare internal state, not attributes; the analyzer lists them as
// attributes all the same, so they are taken out here.
const internalState = {
  name: 'sparkpulse-internal-state',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const privateFields = new Set(
          (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
        );
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter((attribute) => !privateFields.has(attribute.fieldName));
        }
      }
    }
  },
};

export default { plugins: [internalState] };
