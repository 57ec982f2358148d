// Integration point: the provider console list is owned by src/sites/business/consoles.ts.
export { PROVIDER_CONSOLES } from '../sites/business/consoles'
