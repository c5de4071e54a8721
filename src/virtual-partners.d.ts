declare module 'virtual:karmada-partners' {
  export const partners: import('./data/publish.ts').PublishedPartner[];
}
