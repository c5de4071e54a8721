import { logoEndpoint } from '../../../content/partners-collection.ts';

export const { getStaticPaths, GET } = logoEndpoint('png');
