declare module 'virtual:partners-directory' {
  export const partners: import('./data/publish.ts').PublishedPartner[];
}
